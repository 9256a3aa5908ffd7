import itertools
import math

import matplotlib.pyplot as plt
import mpmath
import torch

# An explorable figure: one frame per degree, each from its own evaluation.
# sin⁽ᵏ⁾(0) cycles 0, 1, 0, −1 exactly, so c_k = that / k!, one division.
cycle = (0.0, 1.0, 0.0, -1.0)
high = [cycle[k % 4] / math.factorial(k) for k in range(18)]
high = torch.tensor(high, dtype=torch.float64)
assert torch.equal(high[: order + 1], coeffs)  # the autograd coefficients


def horner(x, deg):
    """Σ high[j]·x^j for j ≤ deg, by Horner's rule (only + and ×)."""
    out = torch.zeros_like(x) + high[deg]
    for k in range(deg - 1, -1, -1):
        out = out * x + high[k]
    return out


sines = ideal(mpmath.sin, xs)  # xs: the 601 points on [−2π, 2π] above
frame_degrees = [1, 3, 5, 7, 9, 11, 13, 15, 17]
print(f"{'degree':>6}  {'largest error on [−2π, 2π]':>26}  {'bound':>8}  {'error < 0.01 on':>16}")
reaches = []
for frame, deg in enumerate(frame_degrees):
    approx = horner(xs, deg)
    err = (approx - sines).abs().max().item()
    # Taylor's theorem on [−2π, 2π], with |sin^(k+2)| ≤ 1 and T_k = T_(k+1)
    bound = (2 * math.pi) ** (deg + 2) / math.factorial(deg + 2)
    assert err <= bound  # every frame obeys the theorem it illustrates
    # How far out from 0 the polynomial stays within 0.01 of the sine: the
    # largest |x| of the grid such that every point closer to 0 does.
    bad = xs[(approx - sines).abs() >= 0.01].abs()
    reach = bad.min().item() if len(bad) else xs.abs().max().item()
    reaches.append(reach)
    print(f"{deg:6d}  {err:26.1e}  {bound:8.1e}  |x| < {reach:.2f}")
    fig, ax = plt.subplots(figsize=(7.2, 4.4), num=f"taylor-degree@{frame}")
    plot(
        ax,
        xs,
        [sines, approx],
        ["sin x", f"Taylor polynomial, degree {deg}"],
        ["k-", "C0--"],
        title=f"sin x and its Taylor polynomial of degree {deg} around 0",
        ylim=(-2.5, 2.5),
    )
    ax.legend(loc="lower left")
    near = "across the whole plot" if err < 0.01 else f"for |x| below {reach:.2f}"
    fig.explorable = {
        "value": f"degree {deg}",
        "alt": (
            f"The sine curve on −2π to 2π and its Taylor polynomial of degree "
            f"{deg} around 0, dashed: they agree {near}; the largest gap on "
            f"the plot is {err:.1e}."
        ),
        "default": deg == 7,
    }
    if deg != 7:
        plt.close(fig)  # the page keeps every frame; a notebook shows one
# Each degree follows the sine further out (the worst error over the whole
# plot first grows: low degrees shoot off faster than sin can follow).
assert all(a < b for a, b in itertools.pairwise(reaches))
print(f"{len(frame_degrees)} frames: each degree stays close to sin x further out")
