import torch
from torch import nn

# The learned vector field dx/dt = f(x): a tiny network, in float64
# from the start (its random initial weights are drawn in float64 too).
torch.manual_seed(0)
field = nn.Sequential(
    nn.Linear(2, 16, dtype=torch.float64),
    nn.Tanh(),
    nn.Linear(16, 2, dtype=torch.float64),
)


def trajectory_loss():
    """Mean squared error over all coordinates: model path vs true path."""
    return (rk4(field, x0, dt, steps) - true_path).square().mean()


calls = []  # count the network's forward calls during one solve
hook = field.register_forward_pre_hook(lambda module, inputs: calls.append(1))
loss = trajectory_loss()
hook.remove()
assert len(calls) == 4 * steps  # four stages per RK4 step
# The loss averages the squares of all 2 × 101 coordinates: that is half the
# mean over the 101 times of the squared distance. The same 202 squares summed
# in another order differ by at most ~202 eps relative (5e-14): tolerance
# 1e-12; the full mean squared distance would be off by 100%.
with torch.no_grad():
    gaps = rk4(field, x0, dt, steps) - true_path
    half_msd = 0.5 * gaps.square().sum(dim=1).mean()
assert abs(loss.item() - half_msd.item()) <= 1e-12 * loss.item()
loss.backward()  # backprop through all of them
w = field[0].weight
autograd_slope = w.grad[0, 0].item()

h = 1e-5  # central difference on one weight
with torch.no_grad():
    w[0, 0] += h
    up = trajectory_loss().item()
    w[0, 0] -= 2 * h
    down = trajectory_loss().item()
    w[0, 0] += h
fd_slope = (up - down) / (2 * h)
print(f"{steps} RK4 steps, {len(calls)} calls of the network")
print(f"loss of the untrained model: {loss.item():.6f}")
print(f"d loss / d w[0,0]: autograd {autograd_slope:.5f}, ", end="")
print(f"central difference {fd_slope:.5f}")
# |fd - slope| <= h²|L'''|/6 + δ/h, with |L'''|/6 ≈ 5 here (measured over
# h = 1e-2..1e-4) and the loss's round-off δ < 1e-13 (generous: ~500 eps):
# at most 5e-10 + 1e-8. The tolerance 1.8e-6 is 100 times that and 1e6 times
# smaller than the slope itself.
assert abs(autograd_slope - fd_slope) < 1e-6 * max(1.0, abs(fd_slope))
