import torch

torch.manual_seed(2)
M = torch.randn(3, 3, dtype=torch.float64)  # a random matrix: not symmetric
y = torch.randn(3, dtype=torch.float64)

H_M = torch.func.hessian(lambda y: y @ M @ y)(y)
print("M:\n", M)
print("Hessian of yᵀMy:\n", H_M)
# H_M is M + Mᵀ up to a rounding or two (≤ 1e-15; printed with 4 decimals),
# far inside assert_close's 1e-7; M or 2M is off by ≥ 0.5.
torch.testing.assert_close(H_M, M + M.T)
assert not torch.allclose(H_M, M) and not torch.allclose(H_M, 2 * M)
print("equals M + Mᵀ, which is symmetric even though M is not")
