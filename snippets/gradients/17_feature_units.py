import torch

# The same data with x₁ recorded in a unit c = 4 times smaller (its numbers
# 4 times larger), and the model refit to make the same predictions:
# w₁/c · (c·x₁) = w₁·x₁. Powers of 2 keep every number exact.
c = 4.0
scaled_inputs = inputs.detach().clone()
scaled_inputs[:, 0] *= c
scaled_w = w.clone()
scaled_w[0] /= c
scaled_inputs.requires_grad_(True)
scaled_pred = scaled_inputs @ scaled_w + model.bias.detach()
assert torch.equal(scaled_pred, pred.detach())  # the same predictions
((scaled_pred - targets) ** 2).sum().backward()
scaled_grad = scaled_inputs.grad
# ∂ℓ/∂(c·x₁) = (∂ℓ/∂x₁)/c, exactly; the other features do not change.
assert torch.equal(scaled_grad[:, 0], inputs.grad[:, 0] / c)
assert torch.equal(scaled_grad[:, 1:], inputs.grad[:, 1:])
scaled_order = torch.argsort(scaled_grad.abs()[0], descending=True)
assert scaled_order[-1] == 0  # x₁ drops from first place to last
ranking = ", ".join(names[j] for j in scaled_order.tolist())
print(f"x₁ in a unit {c:.0f} times smaller: |∂ℓ/∂x₁| divided by {c:.0f}")
print(f"  new ranking: {ranking}")

# The sign is lost in |∂ℓ/∂x_j|: raising x₁ raises example 1's loss,
# raising x₅ lowers it, although their scores are close.
signed = inputs.grad[0]
print("signed ∂ℓ/∂x_j, example 1:", " ".join(f"{v:+.3f}" for v in signed.tolist()))
assert signed[0] > 0 > signed[4]

# And the gradient is local. For example 1, moving x₁ by Δ = 1 changes
# ℓ = (ŷ − y)² by (∂ℓ/∂x₁)·Δ + w₁²Δ² exactly: the gradient gives only the
# first term, right for small Δ only.
x_moved = inputs.detach()[0].clone()
x_moved[0] += 1.0
loss_0 = (pred[0] - targets[0]).detach() ** 2
loss_1 = (x_moved @ w + model.bias.detach()[0] - targets[0]) ** 2
change, predicted = (loss_1 - loss_0).item(), signed[0].item()
assert change == predicted + w[0].item() ** 2  # dyadic: exact
print(f"example 1, x₁ + 1: loss changes by {change:.4f},", end=" ")
print(f"the gradient predicts {predicted:.4f}")
