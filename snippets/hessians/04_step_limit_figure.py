import matplotlib.pyplot as plt
import torch

fig, ax = plt.subplots(num="step-limit")
for scale, outcome in ((0.95, "converges"), (1.05, "diverges")):
    label = rf"$\eta = {scale}\cdot 2/\lambda_{{\max}}$ ({outcome})"
    # Plot float32 copies: the distances are known to a relative 1e-13, and
    # none lies within 1e-12 of a float32 rounding boundary, so every
    # machine draws exactly the same points.
    d = dists[scale]
    assert torch.equal((d * (1 - 1e-12)).float(), (d * (1 + 1e-12)).float())
    ax.semilogy(d.float(), marker=".", label=label)
d0 = dists[0.95][0]
ax.axhline(d0, color="grey", linestyle=":", lw=1, label="starting distance")
ax.set_xlabel("iteration k")
ax.set_ylabel(r"distance to the minimum $\|x_k - x^*\|$")
ax.set_title("Gradient descent on ½(x₁² + 2x₂² + x₁x₂) from (1, 2)")
ax.legend()
below, above = dists[0.95][-1], dists[1.05][-1]
print(f"plotted 61 distances per run, from {d0:.3e} to {below:.3e} (η below")
print(f"the limit) and to {above:.3e} (η above it)")
