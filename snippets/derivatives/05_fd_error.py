import math

import matplotlib.pyplot as plt
import mpmath
import torch

# 321 step sizes h = 10^(k/20), k = −320 … 0: 1e-16 to 1, 20 per decade
powers = torch.arange(-320, 1, dtype=torch.float64) / 20
hs = ideal(lambda e: mpmath.power(10, e), powers)
exact = float(mpmath.cos(1))  # the true derivative of sin at x = 1
dtypes = {"float32": torch.float32, "float64": torch.float64}


def ideal_sin(t):
    """sin, correctly rounded to t's dtype: its only error is that rounding."""
    return ideal(mpmath.sin, t)


def forward_difference(f, x, h):
    return (f(x + h) - f(x)) / h


def central_difference(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


rules = {"forward": forward_difference, "central": central_difference}
errors = {}  # (rule, precision) -> |estimate − cos 1| for every h
for prec, dtype in dtypes.items():
    x, h = torch.tensor(1.0, dtype=dtype), hs.to(dtype)
    for name, rule in rules.items():
        errors[name, prec] = (rule(ideal_sin, x, h).double() - exact).abs()
# From here on every number is the same on every machine: the sines are
# ideal, the rest is + − × ÷ (exact or correctly rounded), median and argmin.

# The analysis, step by step: |sin″|, |sin‴| ≤ 1, and x + h, the sines,
# their difference and the division each round by at most ε/2, which adds
# at most 1.6ε/h + 1.5ε (forward) or 1.3ε/h + ε (central) of round-off.
for (name, prec), err in errors.items():
    eps = torch.finfo(dtypes[prec]).eps
    truncation = hs / 2 if name == "forward" else hs**2 / 6
    assert torch.all(err <= truncation + 2 * eps / hs + 2 * eps)


def slope(err, lo, hi):
    """Least-squares slope of log10(error) against log10(h), lo ≤ h ≤ hi."""
    keep = (hs >= lo) & (hs <= hi) & (err > 0)
    u, v = torch.log10(hs[keep]), torch.log10(err[keep])
    u, v = u - u.mean(), v - v.mean()
    return ((u * v).sum() / (u * u).sum()).item()


fits = {  # (label, curve, h range)
    "forward float64, truncation": ("forward", "float64", 1e-5, 1e-1),
    "central float64, truncation": ("central", "float64", 1e-3, 1e-1),
    "forward float64, round-off": ("forward", "float64", 1e-14, 1e-10),
    "forward float32, round-off": ("forward", "float32", 1e-6, 1e-4),
}
slopes = {k: slope(errors[r, p], lo, hi) for k, (r, p, lo, hi) in fits.items()}
# Truncation: the error is h·sin(1)/2·(1 + O(h)) (forward) and
# h²·cos(1)/6·(1 + O(h²)) (central), so the fitted slopes are 1 and 2 within
# 0.01; round-off is ≤ 1e-5 of these errors. A rule of another order would
# be off by ≥ 1.
assert abs(slopes["forward float64, truncation"] - 1) < 0.05
assert abs(slopes["central float64, truncation"] - 2) < 0.05
# Round-off: error ≈ |r|/h, r the rounding of the numerator (up to ~ε), so
# the points scatter around a line of slope −1. A round-off that did not
# grow like 1/h (slope 0) or the truncation line (slope 1) would fail.
assert abs(slopes["forward float64, round-off"] + 1) < 0.25
assert abs(slopes["forward float32, round-off"] + 1) < 0.25
print("fitted slopes of log(error) against log(h):")
for label, s in slopes.items():
    shown = f"{s:.2f}" if "truncation" in label else "−1 ± 0.25"
    print(f"  {label:28s} {shown:>9s}")

# Single points can dip far below the trend by lucky cancellation. To find
# the bottom of each V robustly, take the median error over a sliding
# window of 21 step sizes (one decade of h).
width = 21
centres = hs[width // 2 : len(hs) - width // 2]
best = {}
for (name, prec), err in errors.items():
    typical = err.unfold(0, width, 1).median(dim=1).values
    i = int(torch.argmin(typical))
    best[name, prec] = (centres[i].item(), typical[i].item())


def order(v):
    """The power of ten nearest to v, as text such as 1e-08."""
    k = round(math.log10(v))
    # v is no half-decade point, where log10's last bit could tip the choice
    assert abs(math.log10(v) - k) < 0.49
    return f"1e{k:+03d}"


head = ["rule", "dtype", "eps", "best h", "error there"]
print("\nthe bottom of each V, to the nearest power of ten:")
print(f"{head[0]:8s} {head[1]:8s}", " ".join(f"{c:>8s}" for c in head[2:]))
for (name, prec), (h_i, e_i) in best.items():
    eps = torch.finfo(dtypes[prec]).eps
    print(f"{name:8s} {prec:8s} {eps:8.1e} {order(h_i):>8s} {order(e_i):>11s}")

for prec, dtype in dtypes.items():
    eps = torch.finfo(dtype).eps
    # The theory fixes orders of magnitude, its constants depend on sin, so a
    # factor 10 each way. forward: best h and its error both near √ε
    h_b, e_b = best["forward", prec]
    assert 0.1 < h_b / eps ** (1 / 2) < 10 and 0.1 < e_b / eps ** (1 / 2) < 10
    # central: best h near ε^(1/3), its error near ε^(2/3)
    h_b, e_b = best["central", prec]
    assert 0.1 < h_b / eps ** (1 / 3) < 10 and 0.1 < e_b / eps ** (2 / 3) < 10
# float32 is far worse: its best error is over 1000 times the float64 one
for name in rules:
    assert best[name, "float64"][1] < 1e-3 * best[name, "float32"][1]
# Far left: floats in [1, 2) are ε apart (one ulp of x = 1 is ε), so once
# h < ε/2, half an ulp, 1 + h rounds to 1: the forward difference is exactly
# 0, and its error exactly cos 1. (Near another x the threshold is half an
# ulp of x, roughly ε|x|/2.)
for prec, dtype in dtypes.items():
    tiny = hs < torch.finfo(dtype).eps / 2
    assert tiny.any() and torch.all(errors["forward", prec][tiny] == exact)

fig, ax = plt.subplots(figsize=(7.2, 4.6), num="fd-error")
curves = [(r, p) for r in rules for p in dtypes]
plot(
    ax,
    [hs[errors[c] > 0] for c in curves],
    [errors[c][errors[c] > 0] for c in curves],  # log axes: skip exact zeros
    [f"{r}, {p}" for r, p in curves],
    ["C1-", "C0-", "C1:", "C0:"],
    xlabel="step h",
    ylabel="|estimate − cos 1|",
    title="Error of finite differences for (sin x)′ at x = 1",
    xscale="log",
    yscale="log",
)
ax.legend(loc="lower left")
where = {  # label -> (h to point at, text offset in points)
    "forward float64, truncation": (1e-6, (4, -26)),
    "central float64, truncation": (1e-2, (14, -14)),
    "forward float64, round-off": (1e-13, (-10, 12)),
    "forward float32, round-off": (3e-6, (6, 8)),
}
for label, (h, offset) in where.items():
    name, prec = fits[label][:2]
    y = errors[name, prec][torch.argmin((hs - h).abs())].item()
    fitted = f"{slopes[label]:.2f}" if "truncation" in label else "≈ −1"
    text = f"slope {fitted}".replace("-", "−")  # a true minus sign
    ax.annotate(text, (h, y), xytext=offset, textcoords="offset points")
ax.annotate(
    "float32: 1 + h rounds to 1",
    (1e-11, exact),
    xytext=(0, -16),
    textcoords="offset points",
    ha="center",
)
print(f"\nplotted {len(hs)} step sizes h from {hs[0]:.0e} to {hs[-1]:.0e}")
