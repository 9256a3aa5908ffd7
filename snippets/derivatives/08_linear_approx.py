import matplotlib.pyplot as plt
import torch


def square(x):
    return x**2


a = 1.0
fa = square(torch.tensor(a, dtype=torch.float64)).item()
slope_a = derivative(square, a)


def T1(x):
    """T₁, the linear approximation (linearisation) of x² at a = 1."""
    return fa + slope_a * (x - a)


print(f"T₁(x) = {fa:g} + {slope_a:g}·(x − {a:g})")
print(f"slope {slope_a:g}, intercept {T1(0.0):g}")
assert slope_a == 2 and T1(0.0) == -1  # T₁(x) = 2x − 1 (exact: small integers)

# Little-o: the error shrinks faster than the distance |x − a|.
# Second example: eˣ at a = 0, where T₁(x) = 1 + x.
# distances |x − a|
ds = torch.tensor([1e-1, 1e-2, 1e-3, 1e-4, 1e-5], dtype=torch.float64)
err_sq = (square(a + ds) - T1(a + ds)).abs()
err_exp = (torch.exp(ds) - (1 + ds)).abs()
print(f"\n{'|x − a|':>8}  {'x²: error':>10}  {'error/|x−a|':>11}", end="")
print(f"  {'eˣ: error':>10}  {'error/|x−a|':>11}")
rows = zip(ds.tolist(), err_sq.tolist(), err_exp.tolist(), strict=True)
for d, e1, e2 in rows:
    print(f"{d:8.0e}  {e1:10.2e}  {e1 / d:11.2e}  {e2:10.2e}  {e2 / d:11.2e}")

# Round-off: x² and T₁(x) (or eˣ and 1 + x) are rounded by ≤ ε/2 each, the
# rest is exact, so an error is off by ≤ 2.2e-16, plus an ulp of exp: at
# most 2e-6 of the x² errors (≥ 1e-10) and 1e-5 of the eˣ ones (≥ 5e-11).
# x² − (2x − 1) = (x − 1)², so for x² the ratio is exactly |x − 1|:
# rtol 1e-3 (450×); a first-order error would be off by a factor 1/|x − 1|.
torch.testing.assert_close(err_sq / ds, ds, rtol=1e-3, atol=0)
# eˣ − 1 − x = x²/2 + x³/6 + … = (x²/2)(1 + δ) with 0 < δ ≤ (x/3)eˣ ≤ 0.037
# for 0 < x ≤ 0.1, so the ratio is |x|/2 within 4 %, round-off included:
torch.testing.assert_close(err_exp / ds, ds / 2, rtol=0.04, atol=0)
ratio = err_exp / ds
assert torch.all(ratio[1:] < ratio[:-1]) and ratio[-1] < 1e-5  # → 0

xs = torch.arange(-50, 221, dtype=torch.float64) / 100  # −0.5, −0.49, …, 2.2
fig, ax = plt.subplots(num="linear-approx")
labels = ["f(x) = x²", "T₁(x) = 2x − 1"]
title = "Linear approximation at a = 1"
plot(ax, xs, [square(xs), T1(xs)], labels, ["-", "--"], title=title)
gap = {"color": "C0", "alpha": 0.12, "label": "error (x − 1)²"}
ax.fill_between(xs.numpy(), T1(xs).numpy(), square(xs).numpy(), **gap)
ax.plot([a], [fa], "ko")
ax.legend()
widest = (square(xs) - T1(xs)).max()
print(f"\nplotted on [{xs[0]:.1f}, {xs[-1]:.1f}]; widest gap {widest:.2f}")
