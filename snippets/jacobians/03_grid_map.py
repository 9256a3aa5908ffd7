import math

import matplotlib.pyplot as plt
import torch


def T1(x):
    """The linearization x ↦ f(a) + J (x − a), with autograd's J."""
    return f(a) + (x - a) @ J.T


r = 0.5  # half-width of the grid around a
# Steps of 1/8 and 1/256: all points are dyadic, so f and its linearization
# are computed exactly, and the figure is the same on every machine.
ticks = torch.linspace(-r, r, 9)
dense = torch.linspace(-r, r, 257)
grid_lines = []
for t in ticks:
    fixed = torch.full_like(dense, t)
    grid_lines.append(a + torch.stack([fixed, dense], dim=-1))  # x₁ fixed
    grid_lines.append(a + torch.stack([dense, fixed], dim=-1))  # x₂ fixed

fig, (ax_in, ax_out) = plt.subplots(
    1,
    2,
    figsize=(7.4, 3.7),
    width_ratios=[1, 1.7],
    layout="constrained",
    num="grid-map",
)
for i, line in enumerate(grid_lines):
    first = i == 0  # label only one line of each kind
    real, lin = f(line), T1(line)
    ax_in.plot(
        line[:, 0],
        line[:, 1],
        color="grey",
        lw=1.2,
        label=r"grid around $\mathbf{a}$" if first else None,
    )
    ax_out.plot(
        real[:, 0],
        real[:, 1],
        color="C0",
        lw=1.6,
        label="image under $f$" if first else None,
    )
    ax_out.plot(
        lin[:, 0],
        lin[:, 1],
        color="C1",
        lw=1.2,
        ls="--",
        label=r"image under $T_1(\mathbf{x}) = f(\mathbf{a}) + J(\mathbf{x} - \mathbf{a})$" if first else None,
    )
ax_in.plot(*a.tolist(), "ko", ms=6, label=r"$\mathbf{a}$ and $f(\mathbf{a})$")
ax_out.plot(*f(a).tolist(), "ko", ms=6)
ax_in.set(title="input space", xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
ax_out.set(
    title="output space",
    xlabel="$f_1 = x_1^2 + x_2$",
    ylabel="$f_2 = x_1 x_2$",
    aspect="equal",
)
fig.legend(loc="outside lower center", ncol=2)

# The gap between the two images. The remainder is h₁·h, so the largest
# gap is at a corner of the grid, where h = (±r, ±r): √2·r².
points = torch.cat(grid_lines)
gap = (f(points) - T1(points)).norm(dim=-1)
at_a = (f(a) - T1(a)).norm().item()
print(f"{len(grid_lines)} grid lines, {len(points)} points, half-width {r}")
print(f"largest gap between f and its linearization: {gap.max().item():.6f}")
print(f"closed form √2·r²:                           {math.sqrt(2) * r**2:.6f}")
# The gaps are exact; only the norm rounds (≤ 2 ulp ≈ 1e-16): tol 1e-12. A
# first-order gap, or r² in place of √2·r², would miss by ≥ 0.1.
assert abs(gap.max().item() - math.sqrt(2) * r**2) < 1e-12
assert at_a == 0  # f(a) + J·0 is f(a) itself: no rounding at all
print("gap at a itself: exactly 0")
