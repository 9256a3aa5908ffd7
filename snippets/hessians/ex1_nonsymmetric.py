import torch

torch.manual_seed(2)
A = torch.randn(3, 3, dtype=torch.float64)  # a random matrix: not symmetric
x_ = torch.randn(3, dtype=torch.float64)  # the point (H is the same anywhere)

H_A = torch.func.hessian(lambda x: x @ A @ x)(x_)
print("A:\n", A)
print("Hessian of xᵀAx:\n", H_A)
# H_A is A + Aᵀ up to a rounding or two (≤ 1e-15; printed with 4 decimals),
# far inside assert_close's 1e-7; A or 2A is off by ≥ 0.5.
torch.testing.assert_close(H_A, A + A.T)
assert not torch.allclose(H_A, A) and not torch.allclose(H_A, 2 * A)
print("equals A + Aᵀ, which is symmetric even though A is not")
