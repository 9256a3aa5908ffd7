import matplotlib.pyplot as plt
import torch

n_steps = 25
sub = str(n_steps).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
fig, axes = plt.subplots(2, 1, figsize=(7, 7.4), sharex=True, num="zigzag")
start = "from (−8, 2), best fixed step η = 2/(1 + κ)"
fig.suptitle(f"{n_steps} steps of gradient descent {start}")
# Grid points k/20 and k/25: one division each, the same on every machine
# (linspace may round its points differently on another CPU).
grid_x, grid_y = torch.meshgrid(
    torch.arange(-180, 21, dtype=torch.float64) / 20,  # -9 … 1
    torch.arange(-65, 66, dtype=torch.float64) / 25,  # -2.6 … 2.6
    indexing="ij",
)
# level sets through (±t, 0), the same heights in both panels
levels = [0.5 * t**2 for t in (0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9)]
for ax, kappa_ in zip(axes, (2, 25), strict=True):
    A = torch.diag(torch.tensor([1.0, kappa_], dtype=torch.float64))

    def quadratic(x, A=A):
        return 0.5 * x @ A @ x

    eta = 2 / (1 + kappa_)
    path = gradient_descent(quadratic, x_start, eta, steps=n_steps)
    values = 0.5 * (grid_x * grid_x + kappa_ * grid_y * grid_y)
    ax.contour(grid_x, grid_y, values, levels, colors="grey", linewidths=0.8)
    ax.plot([], [], color="grey", lw=0.8, label="level sets")
    ax.plot(path[:, 0], path[:, 1], "o-", ms=3, lw=1.2, label="iterates")
    ax.plot(0, 0, "*", markersize=12, color="black", label="minimum")
    ax.set_aspect("equal")
    ax.set_ylabel("x₂")
    distance = torch.linalg.norm(path[-1])
    verdict = "reaches the minimum" if kappa_ == 2 else "zig-zags, still far"
    title = f"κ = {kappa_}: {verdict}, ‖x{sub}‖ = {distance:.1e}"
    ax.set_title(title, fontsize=11)
    ax.legend(loc="upper right", frameon=True, framealpha=0.9)
    signs = torch.sign(path[:, 1])
    # x₂ changes sign at every step
    assert torch.all(signs[1:] == -signs[:-1])
    assert distance < 1e-10 if kappa_ == 2 else distance > 0.5
    # Both coordinates are multiplied by ±ρ, ρ = (κ − 1)/(κ + 1), per step,
    # so after 25 steps ρ²⁵·(−8, −2); each step adds ≤ 10·eps of relative
    # round-off.
    rho = (kappa_ - 1) / (kappa_ + 1)
    closed_form = torch.tensor([-8.0, -2.0], dtype=torch.float64) * rho**n_steps
    assert ((path[-1] - closed_form) / closed_form).abs().max() < 1e-12
    x_end, y_end = path[-1].tolist()
    print(f"κ = {kappa_:2d}, from (-8, 2), after {n_steps} steps: ", end="")
    print(f"({x_end:.3e}, {y_end:.3e})")
axes[1].set_xlabel("x₁")
