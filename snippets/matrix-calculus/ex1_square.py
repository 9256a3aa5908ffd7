import torch
from torch.func import jvp


def square(X):
    return X @ X


torch.manual_seed(6)
X = torch.randn(3, 3, dtype=torch.float64)
V = torch.randn(3, 3, dtype=torch.float64)  # the direction

_, D_square = jvp(square, (X,), (V,))
torch.testing.assert_close(D_square, X @ V + V @ X)  # the formula
t = 1e-6
fd = (square(X + t * V) - square(X - t * V)) / (2 * t)
torch.testing.assert_close(fd, D_square, rtol=0, atol=1e-8)
print("jvp = XV + VX: checked, and finite differences agree")

wrong = 2 * X @ V  # the scalar rule d(x²) = 2x dx, copied blindly
gap = (wrong - D_square).abs().max().item()
assert gap > 0.1  # ... is not the derivative, because XV ≠ VX
print(f"largest entry of |2XV − (XV + VX)| = {gap:.4f}")
