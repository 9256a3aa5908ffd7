import torch


def fd_jacobian(fn, x, eps=1e-6):
    """Central-difference Jacobian of fn at x (float64): shape fn(x).shape + x.shape."""
    columns = []
    for i in range(x.numel()):
        e = torch.zeros_like(x)
        e.view(-1)[i] = eps
        columns.append((fn(x + e) - fn(x - e)) / (2 * eps))
    return torch.stack(columns, dim=-1).reshape(*fn(x).shape, *x.shape)


def u_of(x):  # four inputs -> three intermediates
    return torch.stack([x[0] * x[1] + torch.sin(x[2]), x[1] ** 2 - x[3], torch.exp(x[0] - x[3])])


def y_of(u):  # three intermediates -> one output
    return u[0] * u[1] + torch.log1p(u[2] ** 2)


torch.manual_seed(0)
for trial in range(5):
    x = torch.randn(4, dtype=torch.float64, requires_grad=True)
    y_of(u_of(x)).backward()  # autograd on the whole composition

    xd = x.detach()
    u = u_of(xd)
    J_u = torch.autograd.functional.jacobian(u_of, xd)  # (3, 4): row j = gradient of u_j
    grad_u = torch.func.grad(y_of)(u)  # (3,): dy/du_j

    # The chain rule as a sum over the intermediates u_j ...
    by_sum = torch.stack([sum(grad_u[j] * J_u[j, i] for j in range(3)) for i in range(4)])
    # ... and the same thing as one matrix-vector product, A = J_uᵀ.
    A = J_u.T  # (4, 3)
    by_matrix = A @ grad_u

    depends = torch.tensor([[1, 1, 1, 0], [0, 1, 0, 1], [1, 0, 0, 1]], dtype=torch.bool)  # u_j uses x_i?
    assert torch.equal(J_u != 0, depends)  # no dependence, no term in the sum
    fd = fd_jacobian(lambda z: y_of(u_of(z)), xd)
    torch.testing.assert_close(by_sum, x.grad, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(by_matrix, x.grad, rtol=1e-12, atol=1e-12)
    torch.testing.assert_close(fd, x.grad, rtol=1e-6, atol=1e-7)

    if trial == 0:
        print("x      =", [f"{v:+.4f}" for v in xd.tolist()])
        print("dy/du  =", [f"{v:+.4f}" for v in grad_u.tolist()])
        for i in range(4):
            terms = " + ".join(f"({grad_u[j]:+.4f})({J_u[j, i]:+.4f})" for j in range(3))
            print(f"dy/dx{i + 1} = {terms} = {by_sum[i]:+.4f}")
        print("A ∇_u y          =", [f"{v:+.4f}" for v in by_matrix.tolist()])
        print("autograd ∇_x y   =", [f"{v:+.4f}" for v in x.grad.tolist()])
        print("finite diff ∇_x y=", [f"{v:+.4f}" for v in fd.tolist()])
print(f"shapes: A = J_uᵀ {tuple(A.shape)}, ∇_u y {tuple(grad_u.shape)}, ∇_x y {tuple(by_matrix.shape)}")
print("sum over intermediates = A ∇_u y = autograd = finite differences at 5 random points")
