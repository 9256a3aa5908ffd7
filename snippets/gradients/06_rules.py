import torch
from torch.autograd.functional import jacobian

torch.manual_seed(1)
m, n = 3, 4
A = torch.randn(m, n, dtype=torch.float64)
S = torch.randn(n, n, dtype=torch.float64)  # square, not symmetric
x_m = torch.randn(m, dtype=torch.float64)
x_n = torch.randn(n, dtype=torch.float64)
X = torch.randn(m, n, dtype=torch.float64)


def row_times_A(v):
    return v @ A  # xᵀA: 3 inputs → 4 outputs


def quad(v):
    return v @ S @ v  # xᵀSx


def sq_norm(v):
    return (v**2).sum()  # ‖x‖²


def frob_sq(M):
    return (M**2).sum()  # ‖X‖_F²


def grad_of(fn, v):
    v = v.clone().requires_grad_(True)
    return torch.autograd.grad(fn(v), v)[0]


rules = [
    # name, derivative by autograd, closed form, finite differences
    ("∇ₓ(xᵀA) = A", jacobian(row_times_A, x_m).T, A, fd_grad(row_times_A, x_m)),
    ("∇ₓ(xᵀSx) = (S+Sᵀ)x", grad_of(quad, x_n), (S + S.T) @ x_n, fd_grad(quad, x_n)),
    ("∇ₓ‖x‖² = 2x", grad_of(sq_norm, x_n), 2 * x_n, fd_grad(sq_norm, x_n)),
    ("∂‖X‖_F²/∂X = 2X", grad_of(frob_sq, X), 2 * X, fd_grad(frob_sq, X)),
]
# Round-off bounds. autograd vs rule: at worst (S) sums of n = 4 products
# totalling ≤ 5.1, each side off by ≤ n·eps·5.1 ≈ 5e-15: tol 1e-12 (100×).
# Finite differences: no truncation (every f is linear or quadratic); each
# f sums ≤ 12 terms of size ≤ 6, off by ≤ 12·eps·6 ≈ 2e-14 (with x ± h),
# so fd by ≤ 2·2e-14/(2h) = 2e-8: tol 1e-6 (50×). A wrong rule, like 2Sx
# below, misses by O(1).
print("rule                   shape   |autograd − rule|  |fin. diff. − rule|")
for name, auto, closed, fd in rules:
    assert auto.shape == closed.shape == fd.shape
    assert (auto - closed).abs().max() < 1e-12
    assert (fd - closed).abs().max() < 1e-6
    shape = str(tuple(closed.shape))
    print(f"{name:<20} {shape:>7} {'< 1e-12':>18} {'< 1e-6':>20}")

# The symmetric part matters: 2Sx is NOT the gradient when S ≠ Sᵀ.
g = grad_of(quad, x_n)
wrong = (g - 2 * S @ x_n).norm()
print(f"‖∇ − 2Sx‖ = {wrong.item():.4f} (nonzero: S is not symmetric)")
assert wrong > 0.1
