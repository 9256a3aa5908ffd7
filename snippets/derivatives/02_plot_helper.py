import math

import matplotlib.pyplot as plt
import mpmath
import torch


def plot(ax, x, ys, labels=None, styles=None, **settings):
    """Overlay curves on the axes `ax`, with a legend if they have labels.

    x: one tensor for all curves, or a list with one tensor per curve.
    ys: a list of tensors. styles: format strings such as "--" or "C2o-".
    settings: passed on to ax.set, e.g. title=..., xlabel=..., yscale="log".
    """
    xs = x if isinstance(x, list | tuple) else [x] * len(ys)
    labels = labels or [None] * len(ys)
    styles = styles or ["-"] * len(ys)
    for xi, yi, label, style in zip(xs, ys, labels, styles, strict=True):
        xi, yi = torch.as_tensor(xi).detach(), torch.as_tensor(yi).detach()
        ax.plot(xi.numpy(), yi.numpy(), style, label=label)
    ax.set(**{"xlabel": "x", "ylabel": "f(x)", **settings})
    if any(labels):
        ax.legend()
    return ax


mpmath.mp.prec = 113  # 113 bits: ample to round every value correctly


def ideal(fn, t):
    """The mpmath function fn (mpmath.sin, ...) at every entry of t, correctly
    rounded to t's dtype (a Python float counts as float64).

    torch.sin and its kin may round the last bit differently on another CPU;
    these values are the same on every machine.
    """
    if not torch.is_tensor(t):
        t = torch.tensor(t, dtype=torch.float64)
    values = [float(fn(v)) for v in t.flatten().tolist()]
    out = torch.tensor(values, dtype=torch.float64)
    return out.to(t.dtype).reshape(t.shape)


fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.6), num="polygons")

# Figure data use only ideal values and + − × ÷, the same on every machine.
t = torch.arange(401, dtype=torch.float64) * (2 * math.pi / 400)
xs, ys = [ideal(mpmath.cos, t)], [ideal(mpmath.sin, t)]
names = ["circle, area π"]
for n in (3, 6, 12):
    # n + 1 vertices: the last one repeats the first, closing the outline
    theta = torch.arange(n + 1, dtype=torch.float64) * 2 * math.pi / n
    xs.append(ideal(mpmath.cos, theta))
    ys.append(ideal(mpmath.sin, theta))
    names.append(f"n = {n}: area {areas[ns == n].item():.4f}")
styles = ["k-", "C0o-", "C1o-", "C2o-"]
plot(left, xs, ys, names, styles, title="Inscribed regular polygons")
left.set_aspect("equal")
left.set_axis_off()  # coordinates do not matter here
left.legend(loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=2)

sines = ideal(mpmath.sin, 2 * math.pi / ns)  # the areas again, from ideal sines
gaps_ideal = math.pi * r**2 - 0.5 * ns * r**2 * sines
plot(
    right,
    ns,
    [gaps_ideal, 2 * math.pi**3 / (3 * ns**2)],
    ["π − A_n (computed)", "bound 2π³/(3n²)"],
    ["C0o-", "k--"],
    xlabel="number of sides n",
    ylabel="area still missing",
    title="The gap shrinks like 1/n²",
    xscale="log",
    yscale="log",
)
print(f"plotted n = 3, 6, 12 and the gap for n = 3 … {int(ns[-1])}")
