import math

import matplotlib.pyplot as plt
import torch

# The linear approximation of sin at a = 1, on the interval [a − 1.5, a + 1.5]
a = 1.0
f_a, slope_a = derivatives(torch.sin, a, 1)
xs = torch.linspace(a - 1.5, a + 1.5, 601, dtype=torch.float64)
error = (torch.sin(xs) - (f_a + slope_a * (xs - a))).abs()
M = derivatives(torch.sin, xs, 2)[2].abs().max().item()  # max |f''| on the grid
bound = M / 2 * (xs - a) ** 2

print(f"L(x) = {f_a.item():.6f} + {slope_a.item():.6f}·(x − 1)")
print(f"M = max |f''| on the interval = {M:.6f}")
# f' = cos; |f''| = |sin| peaks at π/2, inside the interval
assert abs(slope_a.item() - math.cos(a)) < 1e-15 and abs(M - 1) < 1e-4
assert torch.all(error <= bound + 1e-15)  # the bound holds at every grid point

away = xs != a
worst = (error[away] / bound[away]).max()
print(f"largest error/bound on the grid: {worst:.4f}")
# Near a, the error is ≈ |f''(a)|/2 · (x − a)²: the bound's shape is right.
near = (xs - a).abs().argsort()[1:5]  # the 4 grid points nearest a, a excluded
ratios = error[near] / (xs[near] - a) ** 2
lo, hi = ratios.min(), ratios.max()
print(f"error/(x − a)² next to a: {lo:.4f} … {hi:.4f}", end="")
print(f"  (|f''(a)|/2 = {math.sin(a) / 2:.4f})")
assert torch.all((ratios - math.sin(a) / 2).abs() < 0.01)

fig, ax = plt.subplots(num="quadratic-bound")
plot(
    ax,
    xs,
    [error, bound],
    ["|sin x − L(x)|", f"(M/2)(x − 1)², M = {M:.3f}"],
    ["-", "k--"],
    ylabel="error",
    title="The error of the linear approximation stays under a parabola",
)
i = int(error.argmax())
print(f"plotted {len(xs)} points;", end=" ")
print(f"largest error {error[i]:.3f} at x = {xs[i]:.3f}")
