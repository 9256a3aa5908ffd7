import math

import matplotlib.pyplot as plt
import mpmath
import torch

mpmath.mp.prec = 113  # enough for correctly rounded float64 results


def cos_sin(angles):
    """Rows (cos a, sin a), correctly rounded by mpmath.

    torch.cos and torch.sin may round the last bit differently on another
    CPU; these values, and the points and arrows built on them, do not.
    """
    pairs = [(mpmath.cos(a), mpmath.sin(a)) for a in angles.tolist()]
    rows = [[float(c), float(s)] for c, s in pairs]
    return torch.tensor(rows, dtype=torch.float64)


def bowl(x1, x2):
    # (x₁²)² rather than x1**4: a general power may round differently on
    # another CPU, a product never does.
    return x1**2 + x1 * x2 + 2 * x2**2 + 0.25 * (x1**2) ** 2


def on_level_set(level, angles, iters=80):
    """Where the ray from the origin at each angle meets {bowl = level}.

    Found by bisection along the ray: no derivatives are used.
    """
    u = cos_sin(angles)
    lo = torch.zeros_like(angles)
    hi = torch.full_like(angles, 5.0)
    for _ in range(iters):  # bowl grows along every ray from the origin
        mid = (lo + hi) / 2
        above = bowl(mid * u[:, 0], mid * u[:, 1]) > level
        hi, lo = torch.where(above, mid, hi), torch.where(above, lo, mid)
    return ((lo + hi) / 2)[:, None] * u


def level_tangent(level, angles, d=1e-5):
    """Tangent of the level set from two nearby points on it (a chord)."""
    ahead = on_level_set(level, angles + d)
    behind = on_level_set(level, angles - d)
    return (ahead - behind) / (2 * d)


levels = [1.0, 4.0]
angles = torch.arange(8, dtype=torch.float64) * (2 * math.pi / 8) + 0.2
points = torch.cat([on_level_set(c, angles) for c in levels])
tangents = torch.cat([level_tangent(c, angles) for c in levels])

# All gradients in one backward: the points do not interact, so the gradient
# of the sum holds each point's own gradient.
p = points.clone().requires_grad_(True)
bowl(p[:, 0], p[:, 1]).sum().backward()
grads = p.grad

cosines = (grads * tangents).sum(1) / (grads.norm(dim=1) * tangents.norm(dim=1))
print(f"{len(points)} points on the level sets f = 1 and f = 4")
norms = grads.norm(dim=1)
# Both facts need ∇f ≠ 0. Here p·∇f = 2f(p) + x₁⁴/2 ≥ 2 rules out 0
# (checked below); the smallest norm is far from 0.
assert norms.min() > 0.5
print(f"smallest ‖∇f‖ among them: {norms.min().item():.3f} (not 0)")
# Orthogonal at every point. With P(a) the level-set point at angle a, the
# chord's direction is off by about d²·|P‴|/(6|P′|) ≲ 1e-10 (truncation)
# plus the points' round-off, ≈ 4e-15, over 2d: ≈ 2e-10. So |cos| ≲ 1e-9
# and tol 1e-6 leaves 1000×, while an arrow 1° off would give 0.017.
assert cosines.abs().max() < 1e-6
print("largest |cos(∇f, level-set tangent)| < 1e-6")
# Every arrow points outward: p·∇f = 2f(p) + x₁⁴/2 ≥ 2 on these levels ...
assert torch.all((grads * points).sum(1) > 1)
# ... but not radially: |∇f × p| is far from 0 somewhere
cross = (grads[:, 0] * points[:, 1] - grads[:, 1] * points[:, 0]).abs()
assert cross.max() > 0.1 * (grads.norm(dim=1) * points.norm(dim=1)).max()
# longer arrows on the outer level set f = 4 (the last 8 points)
assert torch.all(norms[8:] > norms[:8])

grid = torch.arange(-130, 131, dtype=torch.float64) / 50  # −2.6 to 2.6
gx, gy = torch.meshgrid(grid, grid, indexing="xy")
fig, ax = plt.subplots(num="contours-gradients", figsize=(6.4, 6.0))
levels_drawn = [0.25, 0.5, 1, 2, 4, 7]
style = {"colors": "grey", "linewidths": 1}
cs = ax.contour(gx, gy, bowl(gx, gy), levels=levels_drawn, **style)
ax.clabel(cs, fontsize=9, fmt="%g")
px, py = points.T
arrows = {"angles": "xy", "scale_units": "xy", "scale": 10}
ax.quiver(px, py, *grads.T, color="C1", **arrows)
ax.plot(px, py, "o", color="C0", markersize=4, label="points on f = 1, 4")
ax.plot([], [], color="C1", label="∇f from autograd (1/10 length)")
ax.set_aspect("equal")
title = r"Gradients of $f = x_1^2 + x_1 x_2 + 2x_2^2 + x_1^4/4$"
ax.set(xlabel="$x_1$", ylabel="$x_2$", title=title)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2)
