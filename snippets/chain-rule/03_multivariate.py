import torch


def fd_jacobian(fn, x, h=1e-6):
    """Central-difference Jacobian of fn at x; shape fn(x).shape + x.shape."""
    columns = []
    for i in range(x.numel()):
        e = torch.zeros_like(x)
        e.view(-1)[i] = h
        columns.append((fn(x + e) - fn(x - e)) / (2 * h))
    return torch.stack(columns, dim=-1).reshape(*fn(x).shape, *x.shape)


def fmt(t):  # a vector, printed with 4 decimals
    return "[" + ", ".join(f"{v:+.4f}" for v in t.tolist()) + "]"


def u_of(x):  # four inputs x1..x4 (x[0]..x[3]) -> three intermediates
    u1 = x[0] * x[1] + torch.sin(x[2])
    u2 = x[1] ** 2 - x[3]
    u3 = torch.exp(x[0] - x[3])
    return torch.stack([u1, u2, u3])


def z_of(u):  # three intermediates -> one output
    return u[0] * u[1] + torch.log1p(u[2] ** 2)


# depends[j, i]: does u_j use x_i?
depends = torch.tensor([[1, 1, 1, 0], [0, 1, 0, 1], [1, 0, 0, 1]]).bool()

torch.manual_seed(0)
for trial in range(5):
    x = torch.randn(4, dtype=torch.float64, requires_grad=True)
    z_of(u_of(x)).backward()  # autograd on the whole composition

    xd = x.detach()
    u = u_of(xd)
    J_u = torch.autograd.functional.jacobian(u_of, xd)  # (3, 4): row j = ∇u_j
    grad_u = torch.func.grad(z_of)(u)  # (3,): dz/du_j

    # The chain rule as a sum over the intermediates u_j ...
    by_sum = torch.zeros(4, dtype=torch.float64)
    for i in range(4):
        for j in range(3):
            by_sum[i] += grad_u[j] * J_u[j, i]
    # ... and the same thing as one matrix-vector product with J_uᵀ, (4, 3)
    by_matrix = J_u.T @ grad_u

    assert torch.equal(J_u != 0, depends)  # no dependence, no term in the sum
    fd = fd_jacobian(lambda p: z_of(u_of(p)), xd)
    # The same products, summed in other orders: at these points (|terms|
    # summing to ≤ 7) they differ by ≤ 8ε·7 ≈ 1e-14. tol ≥ 1e-12 (80×).
    torch.testing.assert_close(by_sum, x.grad, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(by_matrix, x.grad, rtol=1e-12, atol=1e-12)
    # Central differences (h = 1e-6): truncation h²/6·|z‴| ≲ 1e-10, and
    # round-off ≈ (4ε|z| + ε|x|·|∂z|)/(2h) ≤ 2e-9 (|z| ≤ 3, |∂z| ≤ 7).
    # tol ≥ 1e-7 (50×). A missing path is off by more than 1 at one of the
    # five points.
    torch.testing.assert_close(fd, x.grad, rtol=1e-6, atol=1e-7)

    if trial == 0:
        print("x     =", fmt(xd))
        print("dz/du =", fmt(grad_u))
        for i in range(4):
            terms = [f"({grad_u[j]:+.4f})({J_u[j, i]:+.4f})" for j in range(3)]
            terms = " + ".join(terms)
            print(f"dz/dx{i + 1} = {terms} = {by_sum[i]:+.4f}")
        print("J_uᵀ ∇_u z         =", fmt(by_matrix))
        print("autograd ∇_x z     =", fmt(x.grad))
        print("finite differences =", fmt(fd))
print(f"shapes: J_u {tuple(J_u.shape)}, J_uᵀ {tuple(J_u.T.shape)}, ", end="")
print(f"∇_u z {tuple(grad_u.shape)}, ∇_x z {tuple(x.grad.shape)}")
print("sum = J_uᵀ ∇_u z = autograd = finite differences, at 5 random points")
