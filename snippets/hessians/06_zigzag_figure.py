import matplotlib.pyplot as plt
import torch

fig, axes = plt.subplots(1, 2, figsize=(10, 4.2), num="zigzag")
grid_x, grid_y = torch.meshgrid(
    torch.linspace(-9, 1, 201, dtype=torch.float64), torch.linspace(-2.6, 2.6, 121, dtype=torch.float64), indexing="ij"
)
for ax, kappa_ in zip(axes, (2, 25), strict=True):
    A = torch.diag(torch.tensor([1.0, kappa_], dtype=torch.float64))

    def quadratic(x, A=A):
        return 0.5 * x @ A @ x

    path = gradient_descent(quadratic, x_start, 2 / (1 + kappa_), steps=25)
    values = 0.5 * (grid_x**2 + kappa_ * grid_y**2)
    levels = [quadratic(p).item() for p in path[:12:2]][::-1]  # the level sets the path crosses
    ax.contour(grid_x, grid_y, values, levels=levels, colors="grey", linewidths=0.8)
    ax.plot(path[:, 0], path[:, 1], marker="o", markersize=3, linewidth=1.2, color="C0", label="iterates")
    ax.plot(0, 0, marker="*", markersize=12, color="black", linestyle="none", label="minimum")
    ax.set_aspect("equal")
    ax.set_xlabel("x₀")
    ax.set_ylabel("x₁")
    ax.set_title(f"κ = {kappa_}: ‖x₂₅‖ = {torch.linalg.norm(path[-1]):.1e}")
    ax.legend(loc="lower right")
    x_end = path[-1].tolist()
    print(f"κ = {kappa_:2d}: 25 steps with η = 2/(1 + κ) from (-8, 2) end at ({x_end[0]:.3e}, {x_end[1]:.3e})")
