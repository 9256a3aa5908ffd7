import math

import matplotlib.pyplot as plt
import torch


def plot(ax, x, ys, labels=None, styles=None, xlabel="x", ylabel="y", title=None, logx=False, logy=False):
    """Overlay curves on the axes `ax` and add a legend; the figure snippets below all use it.

    x: one tensor shared by all curves, or a list with one tensor per curve.
    ys: a list of tensors. styles: matplotlib format strings such as "--" or "C2o-".
    """
    xs = list(x) if isinstance(x, list | tuple) else [x] * len(ys)
    labels = labels or [None] * len(ys)
    styles = styles or ["-"] * len(ys)
    for xi, yi, label, style in zip(xs, ys, labels, styles, strict=True):
        ax.plot(torch.as_tensor(xi).detach().numpy(), torch.as_tensor(yi).detach().numpy(), style, label=label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if title:
        ax.set_title(title)
    if logx:
        ax.set_xscale("log")
    if logy:
        ax.set_yscale("log")
    if any(labels):
        ax.legend()
    return ax


fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.2), num="polygons")

t = torch.linspace(0, 2 * math.pi, 400, dtype=torch.float64)
outline_x, outline_y, names = [torch.cos(t)], [torch.sin(t)], ["circle, area π"]
for n in (3, 6, 12):
    theta = torch.arange(n + 1, dtype=torch.float64) * 2 * math.pi / n  # the last vertex repeats the first
    outline_x.append(torch.cos(theta))
    outline_y.append(torch.sin(theta))
    names.append(f"n = {n}: area {0.5 * n * math.sin(2 * math.pi / n):.4f}")
plot(left, outline_x, outline_y, names, ["k-", "C0o-", "C1o-", "C2o-"], title="Inscribed regular polygons")
left.set_aspect("equal")
left.set_xlim(-1.1, 2.9)
left.legend(loc="center right")

plot(
    right,
    [ns, ns],
    [gaps, 2 * math.pi**3 / (3 * ns**2)],
    ["π − A_n (computed)", "bound 2π³/(3n²)"],
    ["C0o-", "k--"],
    xlabel="number of sides n",
    ylabel="area still missing",
    title="The gap shrinks like 1/n²",
    logx=True,
    logy=True,
)
print(f"plotted polygons n = 3, 6, 12 and the gap for n = 3 … {int(ns[-1])}; smallest gap {gaps[-1]:.2e}")
