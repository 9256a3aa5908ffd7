import matplotlib.pyplot as plt
import torch

# Grid step 1/64: every grid value, and f on it, is computed from
# exact or correctly rounded operations, the same on every machine.
grid_x = torch.arange(-32, 161, dtype=torch.float64) / 64  # −0.5 to 2.5
grid_y = torch.arange(-32, 193, dtype=torch.float64) / 64  # −0.5 to 3.0
gx, gy = torch.meshgrid(grid_x, grid_y, indexing="xy")
values = f_quad(torch.stack([gx, gy]))

fig, ax = plt.subplots(num="gd-2d", figsize=(6.4, 6.0))
levels = [0.05, 0.25, 0.5, 1, 2, 3, 4, 5]
cs = ax.contour(gx, gy, values, levels=levels, colors="grey", linewidths=1)
ax.clabel(cs, fontsize=9, fmt="%g")
ax.plot(*path.T, "o-", color="C0", ms=4, lw=1.5, label=f"iterates, η = {eta}")
ax.plot(*minimum, "*", color="C1", ms=16, label="minimum (1, 2)")
start = {"textcoords": "offset points", "xytext": (8, -4)}
ax.annotate("start (0, 0)", path[0], **start)
ax.set_aspect("equal")
title = r"Gradient descent on $x_1^2 + x_2^2 - 2x_1 - 4x_2 + 5$"
ax.set(xlabel="$x_1$", ylabel="$x_2$", title=title)
ax.legend(loc="lower right")
x1_last, x2_last = path[-1].tolist()
last = f"({x1_last:.6f}, {x2_last:.6f})"
print(f"plotted {len(path)} iterates; the last is {last}")
