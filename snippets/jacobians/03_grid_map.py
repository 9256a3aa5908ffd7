import matplotlib.pyplot as plt
import torch


def linearization(x):
    """The affine map x ↦ f(x0) + J (x - x0), with J the Jacobian autograd computed."""
    return f(x0) + (x - x0) @ J.T


r = 0.5  # half-width of the grid around x0
ticks = torch.linspace(-r, r, 7, dtype=torch.float64)
dense = torch.linspace(-r, r, 201, dtype=torch.float64)
grid_lines = [x0 + torch.stack([torch.full_like(dense, t), dense], dim=-1) for t in ticks]
grid_lines += [x0 + torch.stack([dense, torch.full_like(dense, t)], dim=-1) for t in ticks]

fig, (ax_in, ax_out) = plt.subplots(
    1, 2, figsize=(9.0, 4.2), width_ratios=[1, 1.7], layout="constrained", num="grid-map"
)
for i, line in enumerate(grid_lines):
    first = i == 0
    ax_in.plot(line[:, 0], line[:, 1], color="grey", lw=1.2, label="grid around $x_0$" if first else None)
    real, lin = f(line), linearization(line)
    ax_out.plot(real[:, 0], real[:, 1], color="C0", lw=1.6, label="image under $f$" if first else None)
    ax_out.plot(
        lin[:, 0], lin[:, 1], color="C1", lw=1.2, ls="--", label="image under $f(x_0) + J(x - x_0)$" if first else None
    )
ax_in.plot(*x0.tolist(), "ko", ms=6, label="$x_0$")
ax_out.plot(*f(x0).tolist(), "ko", ms=6, label="$f(x_0)$")
ax_in.set(title="input space", xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
ax_out.set(title="output space", xlabel="$f_1 = x_1^2 + x_2$", ylabel="$f_2 = x_1 x_2$", aspect="equal")
fig.legend(loc="outside lower center", ncol=5)

# How far apart are the two images? The remainder is h1·h, largest at a corner: √2·r².
points = torch.cat(grid_lines)
gap = (f(points) - linearization(points)).norm(dim=-1)
print(f"grid of {len(grid_lines)} lines, {points.shape[0]} points, half-width r = {r}")
print(f"largest gap between f and its linearization on the grid: {gap.max().item():.6f}")
print(f"closed form √2·r²:                                       {2**0.5 * r**2:.6f}")
print(f"gap at x0 itself: {(f(x0) - linearization(x0)).norm().item():.1e}")
assert abs(gap.max().item() - 2**0.5 * r**2) < 1e-12
