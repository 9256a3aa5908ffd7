import torch
from torch.func import jvp

# Check 1: finite differences (central, float64, small t).
t = 1e-6
fd = (f(X + t * V) - f(X - t * V)) / (2 * t)

# Check 2: a Jacobian–vector product by forward-mode autodiff.
f_X, DfV_jvp = jvp(f, (X,), (V,))

# Check 3: the whole Jacobian J[i, j, k, l] = ∂f(X)[i, j] / ∂X[k, l],
# contracted with V: Σ_kl J[i, j, k, l] V[k, l].
J = torch.autograd.functional.jacobian(f, X)
DfV_jacobian = torch.einsum("ijkl,kl->ij", J, V)

# JVP and Jacobian: exact here (small dyadic entries, as above).
torch.testing.assert_close(f_X, f(X))
torch.testing.assert_close(DfV_jvp, DfV)  # JVP = formula
torch.testing.assert_close(DfV_jacobian, DfV)  # Jacobian = formula
# FD: no truncation error (f is quadratic); round-off ≤ 2·170·eps/2t ≈ 4e-8,
# tol 1e-6 (25×); the wrong 2XᵀV is off by 7.
torch.testing.assert_close(fd, DfV, rtol=0, atol=1e-6)  # FD = formula

# Df(X) is linear in the direction:
# Df(X)[2V − 3V2] = 2 Df(X)[V] − 3 Df(X)[V2].
V2 = torch.tensor([[1.0, 0.0], [-1.0, 3.0]], dtype=torch.float64)
_, DfV2 = jvp(f, (X,), (V2,))
_, Df_combo = jvp(f, (X,), (2 * V - 3 * V2,))
torch.testing.assert_close(Df_combo, 2 * DfV_jvp - 3 * DfV2)

print(f"Jacobian shape: {tuple(J.shape)}  (output 2×2, input 2×2)")
show("finite differences", fd)
show("torch.func.jvp", DfV_jvp)
show("Jacobian contracted with V", DfV_jacobian)
show("formula XᵀV + VᵀX", DfV)
print("linear in V: Df(X)[2V − 3V2] = 2 Df(X)[V] − 3 Df(X)[V2]: checked")
