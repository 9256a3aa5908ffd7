import math

import torch

lam = torch.linalg.eigvalsh(H_closed)  # ascending order
lam_min, lam_max = lam[0].item(), lam[1].item()
kappa = lam_max / lam_min
print(f"eigenvalues: λ_min = {lam_min:.6f}, λ_max = {lam_max:.6f}")
print(f"condition number κ = λ_max / λ_min = {kappa:.6f}")

# Closed form for a symmetric 2×2 matrix [[H11, H12], [H12, H22]]:
# (H11 + H22)/2 ± sqrt(((H11 − H22)/2)² + H12²).
H11, H12, H22 = 1.0, 0.5, 2.0
mean = (H11 + H22) / 2
half_gap = math.sqrt(((H11 - H22) / 2) ** 2 + H12**2)
# eigvalsh and cond are off by ≤ ~10·eps·‖H‖ ≈ 5e-15 (κ by ≤ 5e-14): tol
# 1e-12 (≥ 20×); swapping ± or dropping H12 moves them by ≥ 0.2.
assert abs(lam_min - (mean - half_gap)) < 1e-12
assert abs(lam_max - (mean + half_gap)) < 1e-12
assert abs(kappa - (mean + half_gap) / (mean - half_gap)) < 1e-12
# torch.linalg.cond (the 2-norm condition number) agrees, as H is positive
# definite.
assert abs(kappa - torch.linalg.cond(H_closed).item()) < 1e-12

# uᵀHu is the curvature along the unit vector u: sweep a half circle of them.
angles = torch.linspace(0, math.pi, 3601, dtype=torch.float64)
U = torch.stack([torch.cos(angles), torch.sin(angles)], dim=1)
curvature = ((U @ H_closed) * U).sum(dim=1)
lo, hi = curvature.min().item(), curvature.max().item()
print(f"curvature uᵀHu over 3601 directions: min {lo:.6f}, max {hi:.6f}")
# uᵀHu is computed to ≤ 10·eps·‖H‖ ≈ 5e-15: tol 1e-12 (200×).
assert lam_min - 1e-12 <= lo and hi <= lam_max + 1e-12
# The angles step by 0.05°, and the eigenvectors lie at 67.5° and 157.5°,
# on the grid: hi and lo are λ_max and λ_min up to round-off (≈ 1e-14),
# and the neighbouring directions are 1e-6 further off (a clear argmax).
assert abs(hi - lam_max) < 1e-6 and abs(lo - lam_min) < 1e-6

# The steepest direction is the eigenvector of λ_max.
_, Q = torch.linalg.eigh(H_closed)
q_max = Q[:, 1]
# eigh may return −q instead of q: flip it so its largest entry is positive.
q_max = q_max * q_max[q_max.abs().argmax()].sign()
steepest = angles[curvature.argmax()].item()
u_steep = U[curvature.argmax()]
print(f"steepest direction at {math.degrees(steepest):.2f}°: u = {u_steep}")
print(f"eigenvector of λ_max: {q_max}")
torch.testing.assert_close(H_closed @ q_max, lam_max * q_max)
# The same direction: q_max is off by ≤ ~10·eps·‖H‖/(λ_max − λ_min) ≈ 4e-15,
# u_steep by less: tol 1e-12; the next grid directions are 9e-4 away.
assert (u_steep - q_max).abs().max() < 1e-12
