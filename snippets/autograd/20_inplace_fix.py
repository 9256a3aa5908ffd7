import torch

# The fix: an out-of-place operation makes a new tensor
# and leaves the saved one alone.
x.grad = None
a = torch.sigmoid(x)
a = a * 2
a.sum().backward()
s = torch.sigmoid(x.detach())
print("gradient of (2σ(x)).sum():", x.grad)
# the same products in another order: they differ by ~1e-16
torch.testing.assert_close(x.grad, 2 * s * (1 - s))

# In place is fine when backward does not need the old value:
# x * 3 saves nothing of its result.
x.grad = None
b = x * 3
b.add_(1)
b.sum().backward()
print("gradient of (3x + 1).sum():", x.grad)
torch.testing.assert_close(x.grad, torch.full((2,), 3.0))  # exact
