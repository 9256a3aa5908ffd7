import torch

# x.grad holds 4x from the first block. Remember where that buffer lives.
buffer = x.grad.data_ptr()

# Backpropagate a second function, x.sum(), without clearing x.grad first.
x.sum().backward()
print("after 2xᵀx and then x.sum():", x.grad)
# 4x + 1: the two gradients were added (small integers: exact)
torch.testing.assert_close(x.grad, 4 * x.detach() + 1)

# Clear the slot in place, then backpropagate x.sum() alone.
x.grad.zero_()
x.sum().backward()
print("after zero_() and x.sum():   ", x.grad)
# ∂(x₁ + x₂ + x₃ + x₄)/∂xᵢ = 1
torch.testing.assert_close(x.grad, torch.ones(4))

# Both backward calls and zero_() worked in the buffer allocated first.
same = x.grad.data_ptr() == buffer
print("x.grad still in the memory allocated by the first backward:", same)
assert same

# One tensor used twice: the two contributions are summed, whether the
# uses sit in one graph or are backpropagated one call at a time.
w = torch.tensor(1.5, requires_grad=True)
(3 * w + w**2).backward()  # d/dw (3w + w²) = 3 + 2w
in_one_graph = w.grad.item()
w.grad = None
(3 * w).backward()
(w**2).backward()
print(f"w used twice, one backward: {in_one_graph:.1f};", end=" ")
print(f"one backward per use: {w.grad.item():.1f}")
# 1.5 and 3 are exact binary numbers: both sums are exactly 3 + 2·1.5 = 6
assert in_one_graph == w.grad.item() == 3 + 2 * 1.5
