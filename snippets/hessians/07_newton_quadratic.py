import torch

b = torch.tensor([-2.0, 1.0], dtype=torch.float64)


def q(x):
    return f(x) + b @ x  # ½ xᵀHx + bᵀx with the same Hessian H as before


def newton_step(fn, x):
    """x − H(x)⁻¹ ∇f(x), with gradient and Hessian from autograd (solve, never invert)."""
    return x - torch.linalg.solve(torch.func.hessian(fn)(x), torch.func.grad(fn)(x))


# The minimizer −H⁻¹b, with the explicit inverse of the 2×2 matrix H = [[h00, h01], [h01, h11]].
H_inv = torch.tensor([[h11, -h01], [-h01, h00]], dtype=torch.float64) / (h00 * h11 - h01**2)
x_star = -H_inv @ b
print(f"closed-form minimizer −H⁻¹b = ({x_star[0]:.6f}, {x_star[1]:.6f})")

for start in ([1.0, 2.0], [-8.0, 2.0], [30.0, -50.0]):
    x1 = newton_step(q, torch.tensor(start, dtype=torch.float64))
    print(f"one Newton step from ({start[0]:g}, {start[1]:g}) lands on ({x1[0]:.6f}, {x1[1]:.6f})")
    torch.testing.assert_close(x1, x_star)
    assert torch.linalg.norm(torch.func.grad(q)(x1)) < 1e-12  # the gradient vanishes there
