import math

import matplotlib.pyplot as plt
import torch

hs = torch.logspace(-16, 0, 321, dtype=torch.float64)
exact = math.cos(1.0)  # d/dx sin x at x = 1


def forward_difference(f, x, h):
    return (f(x + h) - f(x)) / h


def central_difference(f, x, h):
    return (f(x + h) - f(x - h)) / (2 * h)


errors = {}
for dtype in (torch.float32, torch.float64):
    x, h = torch.tensor(1.0, dtype=dtype), hs.to(dtype)
    for name, rule in (("forward", forward_difference), ("central", central_difference)):
        errors[name, dtype] = (rule(torch.sin, x, h).double() - exact).abs()


def slope(err, lo, hi):
    """Least-squares slope of log10(error) against log10(h) for lo ≤ h ≤ hi."""
    keep = (hs >= lo) & (hs <= hi) & (err > 0)
    u, v = torch.log10(hs[keep]), torch.log10(err[keep])
    return (((u - u.mean()) * (v - v.mean())).sum() / ((u - u.mean()) ** 2).sum()).item()


fits = {
    "forward float64, truncation": slope(errors["forward", torch.float64], 1e-5, 1e-1),
    "central float64, truncation": slope(errors["central", torch.float64], 1e-3, 1e-1),
    "forward float64, round-off": slope(errors["forward", torch.float64], 1e-15, 1e-10),
    "forward float32, round-off": slope(errors["forward", torch.float32], 1e-7, 1e-5),
}
print("fitted slopes of log(error) vs log(h):")
for label, s in fits.items():
    print(f"  {label:28s} {s:6.2f}")

# Round-off makes the curves ragged, and single lucky points dip far down. To locate the bottom of each V
# robustly we take the median error over a sliding window of 21 step sizes (one decade of h).
width = 21
centres = hs[width // 2 : len(hs) - width // 2]
print(f"\n{'rule':8s} {'dtype':8s} {'eps':>9s} {'best h':>9s} {'error there':>11s}")
best = {}
for (name, dtype), err in errors.items():
    typical = err.unfold(0, width, 1).median(dim=1).values
    i = int(torch.argmin(typical))
    best[name, dtype] = (centres[i].item(), typical[i].item())
    eps = torch.finfo(dtype).eps
    print(f"{name:8s} {str(dtype)[6:]:8s} {eps:9.1e} {centres[i].item():9.1e} {typical[i].item():11.1e}")

assert abs(fits["forward float64, truncation"] - 1) < 0.05  # truncation error ∝ h
assert abs(fits["central float64, truncation"] - 2) < 0.05  # truncation error ∝ h²
assert abs(fits["forward float64, round-off"] + 1) < 0.25  # round-off error ∝ 1/h
assert abs(fits["forward float32, round-off"] + 1) < 0.25
for dtype in (torch.float32, torch.float64):
    eps = torch.finfo(dtype).eps
    h_best, err_best = best["forward", dtype]
    assert 0.1 < h_best / eps ** (1 / 2) < 10 and 0.1 < err_best / eps ** (1 / 2) < 10  # forward: both near √ε
    h_best, err_best = best["central", dtype]
    assert 0.1 < h_best / eps ** (1 / 3) < 10 and 0.1 < err_best / eps ** (2 / 3) < 10  # central: ε^(1/3), ε^(2/3)
assert best["forward", torch.float64][1] < 1e-3 * best["forward", torch.float32][1]  # float32 is far worse

fig, ax = plt.subplots(figsize=(7.2, 4.6), num="fd-error")
curves = [
    ("forward", torch.float32),
    ("forward", torch.float64),
    ("central", torch.float32),
    ("central", torch.float64),
]
plot(
    ax,
    [hs[errors[c] > 0] for c in curves],
    [errors[c][errors[c] > 0] for c in curves],
    [f"{name}, {str(dtype)[6:]}" for name, dtype in curves],
    ["C1-", "C0-", "C1:", "C0:"],
    xlabel="step h",
    ylabel="|estimate − cos 1|",
    title="Error of finite differences for (sin x)′ at x = 1",
    logx=True,
    logy=True,
)
ax.legend(loc="lower left")
notes = [
    ("forward float64, truncation", 1e-3, errors["forward", torch.float64], (8, -22)),
    ("central float64, truncation", 1e-2, errors["central", torch.float64], (10, -16)),
    ("forward float64, round-off", 1e-13, errors["forward", torch.float64], (-10, 12)),
    ("forward float32, round-off", 3e-6, errors["forward", torch.float32], (6, 8)),
]
for label, h, err, offset in notes:
    i = int(torch.argmin((hs - h).abs()))
    ax.annotate(f"slope {fits[label]:.2f}", (h, err[i].item()), xytext=offset, textcoords="offset points", fontsize=10)
print(f"\nplotted {len(hs)} step sizes from {hs[0]:.0e} to {hs[-1]:.0e} for 4 rule/precision pairs")
