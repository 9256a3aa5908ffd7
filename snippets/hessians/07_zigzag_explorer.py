import matplotlib.pyplot as plt
import torch

# An explorable figure: one frame per condition number κ = 1, 2, 4, …, 128,
# each its own run of 25 steps from (−8, 2) with the best fixed step 2/(1 + κ).
kappas = [1, 2, 4, 8, 16, 32, 64, 128]
print(f"{'κ':>4}  {'ρ = (κ−1)/(κ+1)':>16}  {'‖x₂₅‖':>9}")
for frame, kappa_ in enumerate(kappas):
    A = torch.diag(torch.tensor([1.0, kappa_], dtype=torch.float64))

    def quadratic(x, A=A):
        return 0.5 * x @ A @ x

    eta = 2 / (1 + kappa_)
    path = gradient_descent(quadratic, x_start, eta, steps=n_steps)
    rho = (kappa_ - 1) / (kappa_ + 1)
    distance = torch.linalg.norm(path[-1]).item()
    # Each coordinate is multiplied by ±ρ per step: ‖x₂₅‖ = ρ²⁵·‖x₀‖, up to
    # ≤ 10·eps relative round-off per step (and exactly 0 for κ = 1).
    expected = rho**n_steps * torch.linalg.norm(x_start).item()
    assert abs(distance - expected) <= 1e-12 * expected + 1e-300
    print(f"{kappa_:4d}  {rho:16.4f}  {distance:9.2e}")
    fig, ax = plt.subplots(figsize=(7, 4.2), num=f"zigzag-kappa@{frame}")
    values = 0.5 * (grid_x * grid_x + kappa_ * grid_y * grid_y)
    ax.contour(grid_x, grid_y, values, levels, colors="grey", linewidths=0.8)
    ax.plot(path[:, 0], path[:, 1], "o-", ms=3, lw=1.2, label="iterates")
    ax.plot(0, 0, "*", markersize=12, color="black", label="minimum")
    ax.set(aspect="equal", xlabel="x₁", ylabel="x₂")
    ax.set_title(f"κ = {kappa_}, η = 2/(1 + κ): ‖x{sub}‖ = {distance:.1e}")
    ax.legend(loc="upper right", frameon=True, framealpha=0.9)
    fig.explorable = {
        "value": f"κ = {kappa_}",
        "alt": (
            f"{n_steps} steps of gradient descent from (−8, 2) on a quadratic "
            f"with condition number {kappa_}, drawn over its elliptical level "
            f"sets: after {n_steps} steps the distance to the minimum is "
            f"{distance:.1e}."
        ),
        "default": kappa_ == 16,
    }
    if kappa_ != 16:
        plt.close(fig)  # the page keeps every frame; a notebook shows one
print(f"{len(kappas)} frames: the larger κ, the slower the zig-zag closes in")
