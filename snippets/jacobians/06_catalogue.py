import torch
from torch.autograd.functional import jacobian

torch.manual_seed(0)
n, m = 4, 3
x = torch.randn(n)
w = torch.randn(n)  # a fixed vector
B = torch.randn(n, n)  # a square matrix, not symmetric
S = B + B.T  # a symmetric matrix
A = torch.randn(m, n)  # a rectangular m x n matrix

# (name, function of x, closed-form Jacobian at x)
catalogue = [
    ("‖x‖²", lambda x: x @ x, 2 * x),
    ("xᵀw", lambda x: x @ w, w),
    ("xᵀSx, S symmetric", lambda x: x @ S @ x, 2 * S @ x),
    ("xᵀBx, any B", lambda x: x @ B @ x, (B + B.T) @ x),
    ("Ax", lambda x: A @ x, A),
    ("x² (elementwise)", lambda x: x**2, torch.diag(2 * x)),
    ("A(x²)", lambda x: A @ x**2, A @ torch.diag(2 * x)),
]
# Round-off: the worst case is xᵀSx, where autograd and formula each sum
# n + 1 = 5 terms of total size ≤ 12: off by ≤ 5·eps·12 ≈ 1.3e-14 each,
# so tol 1e-12 (37×). A wrong formula, like the 2Bx below, misses by O(1).
print(f"{'function':<18} {'shape of J':<10} {'max |autograd - formula|':>25}")
for name, fn, formula in catalogue:
    J_auto = jacobian(fn, x)
    # also checks the shape
    torch.testing.assert_close(J_auto, formula, rtol=0, atol=1e-12)
    print(f"{name:<18} {tuple(J_auto.shape)!s:<10} {'< 1e-12':>25}")

# The shortcut 2Bx is wrong when B is not symmetric.
assert (jacobian(lambda x: x @ B @ x, x) - 2 * B @ x).abs().max() > 0.1
# The elementwise square has a diagonal Jacobian: nothing off the diagonal.
J_sq = jacobian(lambda x: x**2, x)
off_diagonal = J_sq - torch.diag(J_sq.diagonal())
print(f"J of x², diagonal: {J_sq.diagonal()}")
print(f"2x:                {2 * x}")
n_off = off_diagonal.count_nonzero().item()
print(f"non-zero entries off the diagonal: {n_off}")
assert n_off == 0
