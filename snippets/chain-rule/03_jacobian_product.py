import torch
from torch.autograd.functional import jacobian


def f(x):  # R² -> R²: (x1², x2²)
    return x**2


def g(y):  # R² -> R: y1·y2, as a length-1 vector so that J_g is 1×2
    return (y[0] * y[1]).reshape(1)


def h(x):  # the composition g(f(x)) = x1² x2²
    return g(f(x))


x = torch.tensor([1.5, 0.5], dtype=torch.float64)
J_f = jacobian(f, x)  # (2, 2) = diag(2x1, 2x2)
J_g = jacobian(g, f(x))  # (1, 2) = [y2, y1] at y = f(x)
product = J_g @ J_f  # (1, 2)
direct = jacobian(h, x)  # autograd on h itself
fd = fd_jacobian(h, x)  # central differences
closed = torch.stack([2 * x[0] * x[1] ** 2, 2 * x[0] ** 2 * x[1]]).reshape(1, 2)

print("J_f(x) =\n", J_f.numpy().round(4))
print("J_g(f(x)) =", J_g.numpy().round(4))
print("J_g · J_f =", product.numpy().round(4))
print("autograd J_h =", direct.numpy().round(4))
print("finite differences =", fd.numpy().round(4))
print("closed form [2x1·x2², 2x1²·x2] =", closed.numpy().round(4))

# At x = (1.5, 0.5) every entry is a short dyadic number: the three exact
# routes agree exactly. The central differences are exact but for round-off
# (h is quadratic in each variable): ≈ (3ε·0.6 + ε·1.5·2.3)/(2·1e-6) ≈ 6e-10.
# tol ≥ 1e-8 (15×); a wrong order, J_f J_g, does not even have the shape.
torch.testing.assert_close(J_f, torch.diag(2 * x))
torch.testing.assert_close(product, direct, rtol=1e-12, atol=1e-12)
torch.testing.assert_close(product, closed, rtol=1e-12, atol=1e-12)
torch.testing.assert_close(product, fd, rtol=1e-7, atol=1e-8)

# The same identity at random points (fixed seed). Values ≤ 2 here: the
# routes differ by a few ulp (≤ 1e-15, tol 1e-12), the central differences
# by ≲ 2e-9 (tol ≥ 1e-7, 50×).
torch.manual_seed(1)
for _ in range(10):
    z = torch.randn(2, dtype=torch.float64)
    chain = jacobian(g, f(z)) @ jacobian(f, z)
    torch.testing.assert_close(chain, jacobian(h, z), rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(chain, fd_jacobian(h, z), rtol=1e-6, atol=1e-7)
print("J_h = J_g(f(x)) J_f(x) also holds at 10 random points")
