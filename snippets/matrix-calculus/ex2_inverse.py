import torch
from torch.func import jvp

torch.manual_seed(7)
I4 = torch.eye(4, dtype=torch.float64)
X = torch.randn(4, 4, dtype=torch.float64) + 4 * I4  # safely invertible
V = torch.randn(4, 4, dtype=torch.float64)

X_inv = torch.linalg.inv(X)
formula = -X_inv @ V @ X_inv
_, D_inv = jvp(torch.linalg.inv, (X,), (V,))
t = 1e-6
inv_plus, inv_minus = torch.linalg.inv(X + t * V), torch.linalg.inv(X - t * V)
fd = (inv_plus - inv_minus) / (2 * t)

# κ(X) ≈ 3.6: each inverse is off by ≤ 32·eps·|X⁻¹||L||U||X⁻¹| ≈ 7e-15,
# far inside assert_close's 1e-7. In fd that is ≤ 7e-9, plus truncation
# t²‖X⁻¹‖⁴‖V‖³ ≈ 7e-12: tol 1e-7 (14×). −X⁻²V is off by ≥ 0.01.
torch.testing.assert_close(D_inv, formula)
torch.testing.assert_close(fd, formula, rtol=0, atol=1e-7)
print("jvp = finite differences = −X⁻¹VX⁻¹: checked")
first_row = "  ".join(f"{v:.4f}" for v in formula[0].tolist())
print(f"first row of −X⁻¹VX⁻¹: {first_row}")
