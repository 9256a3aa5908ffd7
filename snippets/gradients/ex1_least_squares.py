import torch

torch.manual_seed(4)
A = torch.randn(5, 3, dtype=torch.float64)
y = torch.randn(5, dtype=torch.float64)  # targets
x = torch.randn(3, dtype=torch.float64, requires_grad=True)


def residual_sq(v):
    return ((A @ v - y) ** 2).sum()  # ‖Av − y‖²


residual_sq(x).backward()
formula = 2 * A.T @ (A @ x.detach() - y)
print(f"autograd: {x.grad}")
print(f"2Aᵀ(Ax − y): {formula}")
fd = fd_grad(residual_sq, x)
print(f"central differences: {fd}")
# autograd and formula: sums of 5 products, each ≤ 14, so each side is
# off by ≤ 5·eps·5·14 ≈ 8e-14: tol 1e-11 (60× the difference).
torch.testing.assert_close(x.grad, formula, rtol=0, atol=1e-11)
# fd: no truncation (the loss is quadratic). Round-off: the loss ≈ 11 is
# off by ≤ 2.6e-14 (Av − y rounded, times 2|r|, plus the sum), so fd by
# ≤ 2·2.6e-14/(2h) ≈ 3e-8: tol 1e-6 (30×); without the factor 2 the
# formula would miss by ≥ 0.6.
torch.testing.assert_close(fd, formula, rtol=0, atol=1e-6)
