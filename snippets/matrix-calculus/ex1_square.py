import torch
from torch.func import jvp


def square(X):
    return X @ X


torch.manual_seed(6)
X = torch.randn(3, 3, dtype=torch.float64)
V = torch.randn(3, 3, dtype=torch.float64)  # the direction

_, D_square = jvp(square, (X,), (V,))
# round-off ≤ 3·eps·Σ|x||v| < 1e-14, inside assert_close's 1e-7
torch.testing.assert_close(D_square, X @ V + V @ X)  # the formula
t = 1e-6
fd = (square(X + t * V) - square(X - t * V)) / (2 * t)
# No truncation error (X² is quadratic); round-off in each square ≤ 3e-15,
# so ≤ 3.3e-9 in fd: tol 1e-7 (30×). 2XV is off by 10.7.
torch.testing.assert_close(fd, D_square, rtol=0, atol=1e-7)
print("jvp = XV + VX: checked, and finite differences agree")

wrong = 2 * X @ V  # the scalar rule d(x²) = 2x dx, copied blindly
gap = (wrong - D_square).abs().max().item()
assert gap > 0.1  # ... is not the derivative, because XV ≠ VX
print(f"largest entry of |2XV − (XV + VX)| = {gap:.4f}")
