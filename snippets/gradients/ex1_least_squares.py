import torch

torch.manual_seed(4)
A = torch.randn(5, 3, dtype=torch.float64)
b = torch.randn(5, dtype=torch.float64)
x = torch.randn(3, dtype=torch.float64, requires_grad=True)


def residual_sq(v):
    return ((A @ v - b) ** 2).sum()  # ‖Av − b‖²


residual_sq(x).backward()
formula = 2 * A.T @ (A @ x.detach() - b)
print(f"autograd: {x.grad}")
print(f"2Aᵀ(Ax − b): {formula}")
fd = fd_grad(residual_sq, x)
print(f"central differences: {fd}")
torch.testing.assert_close(x.grad, formula)
torch.testing.assert_close(fd, formula, rtol=1e-7, atol=1e-7)
