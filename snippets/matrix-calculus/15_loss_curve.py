from itertools import pairwise

import matplotlib.pyplot as plt
import torch

lr = 0.05
grad_sq = sum((p.grad**2).sum() for p in params.values()).item()
predicted_drop = lr * grad_sq  # first order: lr · ‖g‖²
losses = [loss.item()]
for _step in range(40):
    with torch.no_grad():
        for p in params.values():
            p -= lr * p.grad  # one gradient-descent step
            p.grad = None
    new_loss = net_loss(**params)
    new_loss.backward()
    losses.append(new_loss.item())

# Each loss is known to ±1e-11: round-off per evaluation ≤ 7e-14, and the
# steps do not amplify it (a nudge to the start shrinks along the run).
# Printed with 6 decimals; the asserts' margins are ≥ 9e-4.
drop = losses[0] - losses[1]
assert losses[1] < losses[0]  # one step reduces the loss
assert 0.5 * predicted_drop < drop < predicted_drop  # close, a bit less
assert all(b < a for a, b in pairwise(losses))  # every step helps
print(f"loss before the step {losses[0]:.6f}, after {losses[1]:.6f}")
print(f"decrease {drop:.6f}; first-order prediction {predicted_drop:.6f}")
n_steps = len(losses) - 1
print(f"after {n_steps} steps of learning rate {lr}: loss {losses[-1]:.6f}")

# Plot float32 copies: no loss lies within 1e-10 of a float32 rounding
# boundary, so every machine draws exactly the same points.
curve = torch.tensor(losses, dtype=torch.float64)
assert torch.equal((curve - 1e-10).float(), (curve + 1e-10).float())
fig, ax = plt.subplots(num="loss-curve")
steps = range(len(losses))
label = f"mean squared error, lr = {lr}"
ax.plot(steps, curve.float(), "o-", ms=3, label=label)
ax.set_xlabel("gradient-descent step")
ax.set_ylabel("loss on the batch")
ax.set_title("Training a 10 → 50 → 1 tanh network on 100 samples")
ax.legend()
