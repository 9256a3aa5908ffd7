import itertools

import matplotlib.pyplot as plt
import torch


def gradient_descent(f, x0, eta, steps):
    """The iterates x_{k+1} = x_k − η f'(x_k), with f' from autograd."""
    path = [x0]
    for _ in range(steps):
        path.append(path[-1] - eta * derivative(f, path[-1]))
    return torch.tensor(path, dtype=torch.float64)


eta, x0, steps = 0.2, 1.5, 10
path = gradient_descent(square, x0, eta, steps)

print(f"step size η = {eta}")
print(f"{'k':>3}  {'x_k':>10}  {'f(x_k)':>10}  {'f′(x_k)':>10}")
for k, xk in enumerate(path.tolist()):
    print(f"{k:3d}  {xk:10.6f}  {xk**2:10.6f}  {2 * xk:10.6f}")

# On x² a step multiplies x by (1 − 2η), so x_k = (1 − 2η)^k · x_0:
# (10 steps of 3 roundings each, ≤ 4e-15 relative, against assert_close's
# rtol 1e-7; a wrong factor such as 1 − η is off by 33 % at k = 1)
closed = x0 * (1 - 2 * eta) ** torch.arange(steps + 1, dtype=torch.float64)
torch.testing.assert_close(path, closed)
assert torch.all(path[1:] ** 2 < path[:-1] ** 2)  # every step lowers f

# Why a small enough step lowers f: f(x − ηf′) = f(x) − ηf′² + o(η). On x²
# the change divided by ηf′² is exactly −1 + η, which tends to −1: for
# small η the decrease wins over the remainder. With dyadic η and x = 1.5
# every number here is exact.
x, slope_x = 1.5, derivative(square, 1.5)
etas = [2.0**-j for j in range(1, 6)]  # 1/2, 1/4, ..., 1/32
ratios = [((x - e * slope_x) ** 2 - x**2) / (e * slope_x**2) for e in etas]
assert ratios == [-1 + e for e in etas]
shown = ", ".join(f"{r:g}" for r in ratios)
print(f"[f(x − ηf′) − f(x)] / (ηf′²) at x = 1.5, η = 1/2 … 1/32: {shown}")

xs = torch.arange(-170, 171, dtype=torch.float64) / 100  # −1.7, …, 1.7
fig, ax = plt.subplots(num="gd-path")
plot(
    ax,
    [xs, path],
    [xs**2, path**2],
    ["f(x) = x²", f"iterates, η = {eta}"],
    ["k-", "C1o"],
    title="Gradient descent on x² from x = 1.5",
)
arrow = {"arrowstyle": "->", "color": "C1", "shrinkA": 5, "shrinkB": 5}
points = list(zip(path.tolist(), (path**2).tolist(), strict=True))
for start, end in itertools.pairwise(points):
    ax.annotate("", end, start, arrowprops=arrow)
for k in (0, 1, 2):
    offset = {"xytext": (10, -14), "textcoords": "offset points"}
    ax.annotate(f"$x_{k}$", points[k], **offset)
print(f"plotted {len(path)} iterates; the last is x_{steps} = {path[-1]:.6f}")
