import math

import matplotlib.pyplot as plt
import torch
from torch.func import jvp, vmap

eps = 0.25  # radius of the small circle around x0
angles = torch.linspace(0, 2 * math.pi, 721, dtype=torch.float64)[:-1]
V = torch.stack([angles.cos(), angles.sin()], dim=-1)  # 720 unit vectors

# One JVP per direction, batched with vmap: row k is J v_k.
JV = vmap(lambda v: jvp(f, (x0,), (v,))[1])(V)
circle_image = f(x0 + eps * V)  # the real image of the circle
ellipse = f(x0) + eps * JV  # its linear prediction

fig, (ax_in, ax_out) = plt.subplots(
    1, 2, figsize=(9.0, 4.2), width_ratios=[1, 1.5], layout="constrained", num="jvp-directions"
)
circle = x0 + eps * V
ax_in.plot(circle[:, 0], circle[:, 1], color="grey", lw=1.2, label="circle of radius 0.25")
ax_out.plot(circle_image[:, 0], circle_image[:, 1], color="grey", lw=1.6, label="image under $f$")
ax_out.plot(ellipse[:, 0], ellipse[:, 1], color="black", lw=1.0, ls="--", label="$f(x_0) + 0.25\\,Jv$")
for colour, k in enumerate(range(0, 720, 120)):  # six directions, 60° apart
    v, jv = eps * V[k], eps * JV[k]
    ax_in.annotate(
        "", xy=(x0 + v).tolist(), xytext=x0.tolist(), arrowprops=dict(arrowstyle="->", color=f"C{colour}", lw=1.8)
    )
    ax_out.annotate(
        "",
        xy=(f(x0) + jv).tolist(),
        xytext=f(x0).tolist(),
        arrowprops=dict(arrowstyle="->", color=f"C{colour}", lw=1.8),
    )
ax_in.set(title="unit directions $v$ (scaled by 0.25)", xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
ax_out.set(title="their images $Jv$ (scaled by 0.25)", xlabel="$f_1$", ylabel="$f_2$", aspect="equal")
fig.legend(loc="outside lower center", ncol=3)

# The ellipse's semi-axes are the singular values of J: the most and least any unit v is stretched.
stretch = JV.norm(dim=-1)
sigma = torch.linalg.svdvals(J)
longest, shortest = stretch.max().item(), stretch.min().item()
gap = (circle_image - ellipse).norm(dim=-1).max().item()
print(f"longest  ‖Jv‖ over 720 directions: {longest:.5f}   largest singular value of J:  {sigma[0].item():.5f}")
print(f"shortest ‖Jv‖ over 720 directions: {shortest:.5f}   smallest singular value of J: {sigma[1].item():.5f}")
print(f"largest gap between the circle's image under f and the ellipse: {gap:.5f} (eps² = {eps**2:.5f})")
assert abs(stretch.max().item() - sigma[0].item()) < 1e-4 * sigma[0].item()
assert abs(stretch.min().item() - sigma[1].item()) < 1e-4 * sigma[0].item()
# The real image departs from the ellipse only at second order: the remainder h1·h has norm ≤ eps².
assert gap <= eps**2 + 1e-12
