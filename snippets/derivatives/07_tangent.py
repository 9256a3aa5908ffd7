import matplotlib.pyplot as plt
import torch

# f(x) = 3x² − 4x, the function of the limit table
a = 1.0
fa = f(torch.tensor(a, dtype=torch.float64)).item()
slope = derivative(f, a)  # by autograd
# the line slope·x + intercept passes through (a, f(a)):
intercept = fa - slope * a
print(f"tangent at a = {a:g}: slope {slope:.6f}, intercept {intercept:.6f}")
# By hand: f'(x) = 6x − 4, so f'(1) = 2 and the tangent is y = 2x − 3.
# (small integers and exact sums of them: no round-off at all)
assert slope == 2 and intercept == -3

xs = torch.arange(-60, 241, dtype=torch.float64) / 100  # −0.6, −0.59, …, 2.4
tangent = slope * xs + intercept
# The parabola stays above its tangent: f(x) − tangent = 3(x − 1)² ≥ 3e-4
# on the grid (round-off ≈ 1e-15), except at x = 1, where both are −1.
assert torch.all(f(xs) >= tangent)

# "Touching" is not what makes a tangent. For x³ at a = 0 the slope is 0,
# so the tangent is the x-axis, and it crosses the graph there: x³ − 0 is
# negative left of 0 and positive right of it (exact: dyadic cubes).
slope_cube = derivative(lambda x: x**3, 0.0)
assert slope_cube == 0
near = torch.tensor([-0.5, -0.25, 0.25, 0.5], dtype=torch.float64)
assert torch.equal(torch.sign(near**3 - slope_cube * near), torch.sign(near))
print(f"x³ at 0: slope {slope_cube:g}; the tangent T₁(x) = 0 crosses the graph")

fig, ax = plt.subplots(num="tangent")
labels = ["f(x) = 3x² − 4x", f"tangent: T₁(x) = {slope:.0f}x − {-intercept:.0f}"]
title = "Tangent line at x = 1"
plot(ax, xs, [f(xs), tangent], labels, ["-", "--"], title=title)
ax.plot([a], [fa], "ko")
point = f"({a:g}, {fa:g})".replace("-", "−")  # a true minus sign
ax.annotate(point, (a, fa), xytext=(10, -16), textcoords="offset points")
