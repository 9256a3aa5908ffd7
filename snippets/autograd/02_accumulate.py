import torch

# Backpropagate a second function, x.sum(), without clearing x.grad first.
x.sum().backward()
print("after 2xᵀx and then x.sum():", x.grad)
# 4x + 1: the two gradients were added (small integers: exact)
torch.testing.assert_close(x.grad, 4 * x.detach() + 1)

# Clear the slot in place, then backpropagate x.sum() alone.
x.grad.zero_()
x.sum().backward()
print("after zero_() and x.sum():   ", x.grad)
# ∂(x₀ + x₁ + x₂ + x₃)/∂xᵢ = 1
torch.testing.assert_close(x.grad, torch.ones(4))
