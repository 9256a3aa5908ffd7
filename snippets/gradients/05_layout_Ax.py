import torch

torch.set_printoptions(precision=4)


def fd_grad(fn, x, h=1e-6):
    """Central differences, one input entry at a time.

    Returns out[i, ...] = ∂fn/∂x_i: one row per input, the lesson's layout.
    """
    flat = x.detach().reshape(-1)
    rows = []
    for i in range(flat.numel()):
        step = torch.zeros_like(flat)
        step[i] = h
        up = fn((flat + step).reshape(x.shape))
        down = fn((flat - step).reshape(x.shape))
        rows.append((up - down) / (2 * h))
    out = torch.stack(rows)  # (number of inputs, *output shape)
    return out.reshape(*x.shape, *out.shape[1:])


torch.manual_seed(0)
m, n = 3, 4
A = torch.randn(m, n, dtype=torch.float64)
x = torch.randn(n, dtype=torch.float64, requires_grad=True)
z = A @ x  # m = 3 outputs, n = 4 inputs

# Column j of ∇ₓz is the gradient of output z_j: one backward pass each
# (the code counts from 0: z[0] is z₁).
columns = [torch.autograd.grad(z[j], x, retain_graph=True)[0] for j in range(m)]
grad_Ax = torch.stack(columns, dim=1)
print(f"x: {tuple(x.shape)}, z = Ax: {tuple(z.shape)}")
print(f"∇ₓ(Ax): {tuple(grad_Ax.shape)}, Aᵀ: {tuple(A.T.shape)}")
print("∇ₓ(Ax) from autograd:")
print(grad_Ax)
# Column j is Aᵀ e_j: one product with 1, the rest with 0. Nothing is
# rounded, so autograd and the closed form agree to the last bit.
assert torch.equal(grad_Ax, A.T)
fd = fd_grad(lambda v: A @ v, x)
# A linear map has no truncation error: (A(x + h e_i) − A(x − h e_i))/(2h)
# is A e_i exactly. What is left is round-off: each A @ v is off by
# ≤ n·eps·max Σ|A||v| ≈ 4e-15, so fd by ≤ 2·4e-15/(2h) = 4e-9.
# tol 1e-7 (25×); a wrong layout or formula misses by O(1).
assert (fd - A.T).abs().max() < 1e-7
print("autograd − Aᵀ: exactly 0")
print("max |finite differences − Aᵀ| < 1e-7 (round-off)")
