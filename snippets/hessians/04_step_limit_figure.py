import matplotlib.pyplot as plt

fig, ax = plt.subplots(num="step-limit")
for factor, label in ((0.95, "converges"), (1.05, "diverges")):
    ax.semilogy(dists[factor], marker=".", label=f"η = {factor}·2/λ_max ({label})")
ax.axhline(dists[0.95][0], color="grey", linestyle=":", linewidth=1, label="starting distance")
ax.set_xlabel("iteration k")
ax.set_ylabel("distance to the minimum ‖x_k − x*‖")
ax.set_title("Gradient descent on ½(x₀² + 2x₁² + x₀x₁) from (1, 2)")
ax.legend()
print(
    f"plotted 61 distances per run; last: {dists[0.95][-1]:.3e} (η below the limit), {dists[1.05][-1]:.3e} (η above it)"
)
