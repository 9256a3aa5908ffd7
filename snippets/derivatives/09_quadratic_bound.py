import math

import matplotlib.pyplot as plt
import mpmath
import torch

# The linear approximation of sin at a = 1, on the interval [a − 1.5, a + 1.5]
a = 1.0
f_a, slope_a = derivatives(torch.sin, a, 1)  # sin 1 and cos 1, by autograd
xs = torch.arange(-100, 501, dtype=torch.float64) / 200  # −0.5, −0.495, …, 2.5
M = derivatives(torch.sin, xs, 2)[2].abs().max().item()  # max |f''| on the grid

print(f"L(x) = {f_a.item():.6f} + {slope_a.item():.6f}·(x − 1)")
print(f"M = max |f''| on the interval = {M:.6f}")
# f' = cos; |f''| = |sin| peaks at π/2, inside the interval. Autograd's cos 1
# and math.cos(1) are each within an ulp (1.1e-16): tol 1e-14 (50×), while
# a wrong derivative (sin 1) is off by 0.3. M = sin 1.57 = 1 − 3e-7.
assert abs(slope_a.item() - math.cos(a)) < 1e-14 and abs(M - 1) < 1e-4

# The curves use ideal sines (as does every figure here) and M rounded up
# to 3 decimals, still a bound: their data are the same on every machine.
M = math.ceil(M * 1000) / 1000  # 999.9997 rounds up to 1000, far from 999
sin_a, cos_a = ideal(mpmath.sin, a), ideal(mpmath.cos, a)
error = (ideal(mpmath.sin, xs) - (sin_a + cos_a * (xs - a))).abs()
bound = M / 2 * (xs - a) ** 2
# The bound holds at every grid point: at x = a both sides are exactly 0;
# elsewhere error/bound ≤ 0.95, leaving a margin ≥ 6e-7 over round-off ≈ 1e-15.
assert torch.all(error <= bound)

away = xs != a
worst = (error[away] / bound[away]).max()
print(f"largest error/bound on the grid: {worst:.4f}")
# Near a, the error is ≈ |f''(a)|/2 · (x − a)²: the bound's shape is right.
near = (xs - a).abs().argsort()[1:5]  # the 4 grid points nearest a, a excluded
ratios = error[near] / (xs[near] - a) ** 2
lo, hi = ratios.min(), ratios.max()
print(f"error/(x − a)² next to a: {lo:.4f} … {hi:.4f}", end="")
print(f"  (|f''(a)|/2 = {math.sin(a) / 2:.4f})")
# The ratios differ from sin(1)/2 by ≤ |cos 1|·|x − a|/6 ≤ 1e-3 (Taylor), and
# by ≤ 1e-10 through round-off (≈ 1e-15 over (x − a)² ≥ 2.5e-5); a slope
# off by Δ would add Δ/|x − a| ≥ 100Δ.
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
