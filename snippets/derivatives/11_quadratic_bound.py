import math

import matplotlib.pyplot as plt
import mpmath
import torch

# The linear approximation T₁ of sin at a = 1, on the interval [a − 1.5, a + 1.5]
a = 1.0
f_a, slope_a = derivatives(torch.sin, a, 1)  # sin 1 and cos 1, by autograd
xs = torch.arange(-100, 501, dtype=torch.float64) / 200  # −0.5, −0.495, …, 2.5

# M must bound |f''| on the WHOLE interval, not just on a grid. Here it is
# proven: |f''| = |sin| ≤ 1 everywhere, and sin(π/2) = 1 with π/2 inside.
M = 1.0
on_grid = derivatives(torch.sin, xs, 2)[2].abs().max().item()  # by autograd
print(f"T₁(x) = {f_a.item():.6f} + {slope_a.item():.6f}·(x − 1)")
print(f"M = max |f''| on [−0.5, 2.5] = sin(π/2) = {M:g}")
print(f"largest |f''| on the grid: {on_grid:.7f} ≤ M")
# f' = cos. Autograd's cos 1 and math.cos(1) are each within an ulp
# (1.1e-16): tol 1e-14 (50×), while a wrong derivative (sin 1) is off by 0.3.
assert abs(slope_a.item() - math.cos(a)) < 1e-14
# The grid never exceeds the proven M: its largest |f''| is sin(1.57) =
# 1 − 3.2e-7, below M by 3e6 times the round-off of sin (≈ 1e-16). A grid
# maximum can only under-estimate M; a grid that missed the peak by more
# would have given a "bound" that is not one.
assert on_grid <= M and M - on_grid > 1e-7
assert -0.5 < math.pi / 2 < 2.5  # the peak of |sin| lies inside

# The curves use ideal sines (as does every figure here): their data are
# the same on every machine.
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
    ["|sin x − T₁(x)|", f"(M/2)(x − 1)², M = {M:g}"],
    ["-", "k--"],
    ylabel="error",
    title="The error of the linear approximation stays under a parabola",
)
i = int(error.argmax())
print(f"plotted {len(xs)} points;", end=" ")
print(f"largest error {error[i]:.3f} at x = {xs[i]:.3f}")
