import math

import matplotlib.pyplot as plt
import torch

hs = torch.logspace(-16, 0, 321, dtype=torch.float64)  # 20 steps per decade
exact = math.cos(1.0)  # the true derivative of sin at x = 1
dtypes = {"float32": torch.float32, "float64": torch.float64}


def forward_difference(f, x, h):
    return (f(x + h) - f(x)) / h


def central_difference(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


rules = {"forward": forward_difference, "central": central_difference}
errors = {}  # (rule, precision) -> |estimate − cos 1| for every h
for prec, dtype in dtypes.items():
    x, h = torch.tensor(1.0, dtype=dtype), hs.to(dtype)
    for name, rule in rules.items():
        errors[name, prec] = (rule(torch.sin, x, h).double() - exact).abs()


def slope(err, lo, hi):
    """Least-squares slope of log10(error) against log10(h), lo ≤ h ≤ hi."""
    keep = (hs >= lo) & (hs <= hi) & (err > 0)
    u, v = torch.log10(hs[keep]), torch.log10(err[keep])
    u, v = u - u.mean(), v - v.mean()
    return ((u * v).sum() / (u * u).sum()).item()


fits = {  # (label, curve, h range)
    "forward float64, truncation": ("forward", "float64", 1e-5, 1e-1),
    "central float64, truncation": ("central", "float64", 1e-3, 1e-1),
    "forward float64, round-off": ("forward", "float64", 1e-15, 1e-10),
    "forward float32, round-off": ("forward", "float32", 1e-7, 1e-5),
}
slopes = {k: slope(errors[r, p], lo, hi) for k, (r, p, lo, hi) in fits.items()}
print("fitted slopes of log(error) against log(h):")
for label, s in slopes.items():
    print(f"  {label:28s} {s:6.2f}")

# Single points can dip far below the trend by lucky cancellation. To find
# the bottom of each V robustly, take the median error over a sliding
# window of 21 step sizes (one decade of h).
width = 21
centres = hs[width // 2 : len(hs) - width // 2]
best = {}
head = ["rule", "dtype", "eps", "best h", "error there"]
print(f"\n{head[0]:8s} {head[1]:8s}", " ".join(f"{c:>8s}" for c in head[2:]))
for (name, prec), err in errors.items():
    typical = err.unfold(0, width, 1).median(dim=1).values
    i = int(torch.argmin(typical))
    best[name, prec] = (centres[i].item(), typical[i].item())
    eps = torch.finfo(dtypes[prec]).eps
    h_i, e_i = best[name, prec]
    print(f"{name:8s} {prec:8s} {eps:8.1e} {h_i:8.1e} {e_i:11.1e}")

# Truncation error ∝ h (forward) and ∝ h² (central); round-off ∝ 1/h:
assert abs(slopes["forward float64, truncation"] - 1) < 0.05
assert abs(slopes["central float64, truncation"] - 2) < 0.05
assert abs(slopes["forward float64, round-off"] + 1) < 0.25
assert abs(slopes["forward float32, round-off"] + 1) < 0.25
for prec, dtype in dtypes.items():
    eps = torch.finfo(dtype).eps
    # forward: best h and its error both near √ε (within a factor of 10)
    h_b, e_b = best["forward", prec]
    assert 0.1 < h_b / eps ** (1 / 2) < 10 and 0.1 < e_b / eps ** (1 / 2) < 10
    # central: best h near ε^(1/3), its error near ε^(2/3)
    h_b, e_b = best["central", prec]
    assert 0.1 < h_b / eps ** (1 / 3) < 10 and 0.1 < e_b / eps ** (2 / 3) < 10
# float32 is far worse: its best error is over 1000 times the float64 one
for name in rules:
    assert best[name, "float64"][1] < 1e-3 * best[name, "float32"][1]
# Far left: once h < ε/2, 1 + h rounds to 1, the forward difference is 0,
# and its error is exactly cos 1.
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
    text = f"slope {slopes[label]:.2f}".replace("-", "−")  # a true minus sign
    ax.annotate(text, (h, y), xytext=offset, textcoords="offset points")
ax.annotate(
    "float32: 1 + h rounds to 1",
    (1e-11, exact),
    xytext=(0, -16),
    textcoords="offset points",
    ha="center",
)
print(f"\nplotted {len(hs)} step sizes h from {hs[0]:.0e} to {hs[-1]:.0e}")
