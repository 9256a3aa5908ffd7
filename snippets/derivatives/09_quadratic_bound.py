import math

import matplotlib.pyplot as plt
import torch

# Linear approximation of sin at a = 1, and the bound |f(x) − L(x)| ≤ (M/2)(x − a)² on [a − 1.5, a + 1.5].
a = 1.0
f_a, slope_a = derivatives(torch.sin, a, 1)
xs = torch.linspace(a - 1.5, a + 1.5, 601, dtype=torch.float64)
error = (torch.sin(xs) - (f_a + slope_a * (xs - a))).abs()
second = derivatives(torch.sin, xs, 2)[2]  # f''(x) on the grid, by autograd
M = second.abs().max().item()
bound = M / 2 * (xs - a) ** 2

print(f"L(x) = {f_a.item():.6f} + {slope_a.item():.6f}·(x − 1);  M = max |f''| on the interval = {M:.6f}")
assert abs(slope_a.item() - math.cos(a)) < 1e-15 and abs(M - 1) < 1e-4  # f' = cos; |f''| = |sin| peaks at π/2
assert torch.all(error <= bound + 1e-15)  # the bound holds at every grid point
near = (xs - a).abs().argsort()[1:5]  # grid points closest to a (excluding a itself)
ratios = error[near] / (xs[near] - a) ** 2
print(f"largest error/bound on the grid: {(error[xs != a] / bound[xs != a]).max():.4f}")
print(f"error/(x − a)² next to a: {ratios.min():.4f} … {ratios.max():.4f}; |f''(a)|/2 = {math.sin(a) / 2:.4f}")
assert torch.all((ratios - math.sin(a) / 2).abs() < 0.01)  # near a the error is ≈ |f''(a)|/2 · (x − a)²

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
print(f"plotted {len(xs)} points; largest error {error.max():.3f} at x = {xs[error.argmax()]:.3f}")
