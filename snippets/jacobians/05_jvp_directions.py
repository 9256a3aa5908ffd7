import math

import matplotlib.pyplot as plt
import mpmath
import torch
from torch.func import jvp, vmap

r = 0.25  # radius of the small circle around a
angles = torch.arange(720) * (2 * math.pi / 720)  # every 0.5°
# 720 unit vectors. cos and sin from mpmath are correctly rounded, so they
# are the same on every machine (torch.cos may differ in the last bit),
# and so is everything drawn from them below.
mpmath.mp.prec = 113
pairs = [(mpmath.cos(t), mpmath.sin(t)) for t in angles.tolist()]
U = torch.tensor([[float(c), float(s)] for c, s in pairs])  # (720, 2)

# One JVP per direction, batched with vmap: row k is J u_k.
JU = vmap(lambda u: jvp(f, (a,), (u,))[1])(U)
circle = a + r * U
circle_image = f(circle)  # the real image of the circle
ellipse = f(a) + r * JU  # its linear prediction

fig, (ax_in, ax_out) = plt.subplots(
    1,
    2,
    figsize=(7.4, 3.7),
    width_ratios=[1, 1.5],
    layout="constrained",
    num="jvp-directions",
)
ax_in.plot(circle[:, 0], circle[:, 1], color="grey", lw=1.2)
ax_out.plot(
    circle_image[:, 0],
    circle_image[:, 1],
    color="grey",
    lw=1.6,
    label=f"image under $f$ of the circle of radius {r}",
)
ax_out.plot(
    ellipse[:, 0],
    ellipse[:, 1],
    color="black",
    lw=1.0,
    ls="--",
    label=rf"$f(\mathbf{{a}}) + {r}\,J\mathbf{{u}}$ for all unit $\mathbf{{u}}$",
)
for colour, k in enumerate(range(0, 720, 120)):  # six directions, 60° apart
    arrow = dict(arrowstyle="->", color=f"C{colour}", lw=1.8)
    tip_in, tip_out = a + r * U[k], f(a) + r * JU[k]
    ax_in.annotate("", tip_in.tolist(), a.tolist(), arrowprops=arrow)
    ax_out.annotate("", tip_out.tolist(), f(a).tolist(), arrowprops=arrow)
ax_in.set(
    title=rf"unit directions $\mathbf{{u}}$ (× {r})",
    xlabel="$x_1$",
    ylabel="$x_2$",
    aspect="equal",
)
ax_out.set(
    title=rf"their images $J\mathbf{{u}}$ (× {r})",
    xlabel="$f_1$",
    ylabel="$f_2$",
    aspect="equal",
)
fig.legend(loc="outside lower center", ncol=2)

# The SVD J = U_J Σ V_Jᵀ: rotate (V_Jᵀ), stretch the axes by σ₁ ≥ σ₂
# (Σ), rotate (U_J). A unit circle becomes an ellipse with semi-axes σ₁,
# σ₂. LAPACK's factors are exact to ≈ 1e-15 (‖J‖ ≈ 3.5): tol 1e-12.
U_J, sigma, V_Jt = torch.linalg.svd(J)
torch.testing.assert_close(U_J @ torch.diag(sigma) @ V_Jt, J, rtol=0, atol=1e-12)
torch.testing.assert_close(sigma, torch.linalg.svdvals(J), rtol=0, atol=1e-12)
# Independent check for a 2 x 2 matrix: σ₁² + σ₂² = ‖J‖_F² and σ₁σ₂ = |det J|,
# so σ² = (F ± √(F² − 4 det²))/2, F = ‖J‖_F². A few roundings of numbers ≤ 160, and
# F − √… cancels one digit: σ is off by ≲ 1e-14, tol 1e-12 (100×); the
# eigenvalues of J (3.28, 1.22) would miss by ≥ 0.016.
F2, det = (J**2).sum().item(), torch.linalg.det(J).item()
root = math.sqrt(F2**2 - 4 * det**2)
sigma_2x2 = [math.sqrt((F2 + root) / 2), math.sqrt((F2 - root) / 2)]
assert max(abs(s - t) for s, t in zip(sigma.tolist(), sigma_2x2, strict=True)) < 1e-12

stretch = JU.norm(dim=-1)
longest, shortest = stretch.max().item(), stretch.min().item()
gap = (circle_image - ellipse).norm(dim=-1).max().item()
print(f"max ‖Ju‖ over the circle: {longest:.5f}   σ₁: {sigma[0]:.5f}")
print(f"min ‖Ju‖ over the circle: {shortest:.5f}   σ₂: {sigma[1]:.5f}")
print(f"semi-axes of the dashed ellipse: r·σ₁ = {r * sigma[0]:.5f},", end=" ")
print(f"r·σ₂ = {r * sigma[1]:.5f}")
print(f"largest gap, f(circle) vs ellipse: {gap:.5f}   {r}² = {r**2}")
# The nearest of the 720 directions is within δ = π/720 of each singular
# direction, so the sampled extremes miss σ by ≤ (σ₁² − σ₂²)·δ²/(2σ₂)
# ≈ 8e-5: tol 1e-3 (13×). |eigenvalues| of J (3.28, 1.22) would miss by
# ≥ 0.016.
assert abs(longest - sigma[0].item()) < 1e-3
assert abs(shortest - sigma[1].item()) < 1e-3
# The real image leaves the ellipse only at second order: the remainder
# h₁·h has norm |h₁|·‖h‖ ≤ r² (1e-12 covers its round-off, ≈ 1e-15).
assert gap <= r**2 + 1e-12
