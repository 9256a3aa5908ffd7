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

torch.testing.assert_close(D_inv, formula)
torch.testing.assert_close(fd, formula, rtol=0, atol=1e-8)
print("jvp = finite differences = −X⁻¹VX⁻¹: checked")
first_row = "  ".join(f"{v:.4f}" for v in formula[0].tolist())
print(f"first row of −X⁻¹VX⁻¹: {first_row}")
