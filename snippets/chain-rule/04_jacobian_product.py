import torch
from torch.autograd.functional import jacobian


def g(x):  # R² -> R², acts first: (x1², x2²)
    return x**2


def f(v):  # R² -> R: v1·v2, as a length-1 vector so that J_f is 1×2
    return (v[0] * v[1]).reshape(1)


def f_of_g(x):  # the composition (f∘g)(x) = x1² x2²
    return f(g(x))


x = torch.tensor([1.5, 0.5], dtype=torch.float64)
J_g = jacobian(g, x)  # (2, 2) = diag(2x1, 2x2)
J_f = jacobian(f, g(x))  # (1, 2) = [v2, v1] at v = g(x)
product = J_f @ J_g  # (1, 2)
direct = jacobian(f_of_g, x)  # autograd on f∘g itself
fd = fd_jacobian(f_of_g, x)  # central differences
closed = torch.stack([2 * x[0] * x[1] ** 2, 2 * x[0] ** 2 * x[1]]).reshape(1, 2)

print("J_g(x) =\n", J_g.numpy().round(4))
print("J_f(g(x)) =", J_f.numpy().round(4))
print("J_f(g(x)) · J_g(x) =", product.numpy().round(4))
print("autograd J_(f∘g)(x) =", direct.numpy().round(4))
print("finite differences =", fd.numpy().round(4))
print("closed form [2x1·x2², 2x1²·x2] =", closed.numpy().round(4))

# At x = (1.5, 0.5) every entry is a short dyadic number: the three exact
# routes agree exactly. The central differences are exact but for round-off
# (f∘g is quadratic in each variable): ≈ (3ε·0.6 + ε·1.5·2.3)/(2·1e-6) ≈
# 6e-10. tol ≥ 1e-8 (15×); the wrong order, J_g J_f, has not even the shape.
torch.testing.assert_close(J_g, torch.diag(2 * x))
torch.testing.assert_close(product, direct, rtol=1e-12, atol=1e-12)
torch.testing.assert_close(product, closed, rtol=1e-12, atol=1e-12)
torch.testing.assert_close(product, fd, rtol=1e-7, atol=1e-8)

# The same identity at random points (fixed seed). Values ≤ 2 here: the
# routes differ by a few ulp (≤ 1e-15, tol 1e-12), the central differences
# by ≲ 2e-9 (tol ≥ 1e-7, 50×).
torch.manual_seed(1)
for _ in range(10):
    p = torch.randn(2, dtype=torch.float64)
    chain = jacobian(f, g(p)) @ jacobian(g, p)
    torch.testing.assert_close(chain, jacobian(f_of_g, p), rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(chain, fd_jacobian(f_of_g, p), rtol=1e-6, atol=1e-7)
print("J_(f∘g)(x) = J_f(g(x)) J_g(x) also holds at 10 random points")
