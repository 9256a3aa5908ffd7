import matplotlib.pyplot as plt
import torch

# Lines through (1, 1) with slope m: ℓ_m(x) = 1 + m(x − 1), compared with x²
ms = [1.0, 2.0, 3.0]
# distances |x − 1|
ds = torch.tensor([1e-1, 1e-2, 1e-3, 1e-4, 1e-5], dtype=torch.float64)
x = 1 + ds
errors = {m: (x**2 - (1 + m * (x - 1))).abs() for m in ms}

for power, head in ((1, "error / |x − 1|"), (2, "error / |x − 1|²")):
    columns = "".join(f"{f'm = {m:g}':>14}" for m in ms)
    print(f"{'|x − 1|':>8}{columns}   ← {head}")
    for i, d in enumerate(ds.tolist()):
        digits = 6 if power == 1 else 3
        ratios = [errors[m][i].item() / d**power for m in ms]
        row = "".join(f"{r:14.{digits}f}" for r in ratios)
        print(f"{d:8.0e}{row}")
    print()

# Round-off: x − 1 is exact, x² and 1 + m(x − 1) are rounded by ≤ 1.3e-16
# each, so every error is off by ≤ 2.6e-16 (≤ 2.6e-6 of the smallest,
# 1e-10). The tolerances leave ≥ 35×; a wrong factor or limit is off by
# ≥ 10 %, and a slope other than 2 makes error/|x − 1|² ≥ 1e4.
for m in ms:
    # the factored form |x − 1|·|x + 1 − m| ...
    factored = (x - 1).abs() * (x + 1 - m).abs()
    torch.testing.assert_close(errors[m], factored, rtol=1e-4, atol=0)
    # ... so error/|x − 1| = |2 − m + (x − 1)| → |2 − m|
    limit = (2 - m + ds).abs()
    torch.testing.assert_close(errors[m] / ds, limit, rtol=1e-5, atol=1e-9)
# m = 2: the error is (x − 1)², so error/|x − 1|² stays at 1 ...
ones = torch.ones_like(ds)
torch.testing.assert_close(errors[2.0] / ds**2, ones, rtol=1e-4, atol=0)
# ... while for any other slope it blows up
assert all((errors[m] / ds**2)[-1] > 1e4 for m in (1.0, 3.0))
print("only m = 2 makes the error O(|x − 1|²)")

xs = torch.arange(0, 201, dtype=torch.float64) / 100  # 0, 0.01, …, 2
fig, ax = plt.subplots(figsize=(7.0, 4.4), num="tangent-optimality")
plot(
    ax,
    xs,
    [xs**2, 1 + 2 * (xs - 1), 1 + 3 * (xs - 1)],
    ["f(x) = x²", "tangent, slope 2", "another line, slope 3"],
    ["k-", "C0--", "C1--"],
    title="Vertical errors of two lines through (1, 1)",
)
points = torch.tensor([0.3, 0.6, 1.4, 1.7], dtype=torch.float64)
box = {"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85}
bars = {}
for m, color, shift in ((2.0, "C0", -0.015), (3.0, "C1", 0.015)):
    line = 1 + m * (points - 1)
    bars[m] = (points**2 - line).abs()  # the vertical errors at the points
    at = (points + shift).numpy()  # bars side by side, shifted a little
    ax.vlines(at, line.numpy(), (points**2).numpy(), colors=color, lw=3)
    pieces = zip(points.tolist(), line.tolist(), bars[m].tolist(), strict=True)
    for p, bottom, bar in pieces:
        ax.annotate(
            f"{bar:.2f}",
            (p + shift, (p**2 + bottom) / 2),
            xytext=(5 if shift > 0 else -30, 0),
            textcoords="offset points",
            color=color,
            fontsize=9,
            bbox=box,
        )
ax.plot([1.0], [1.0], "ko")
print(f"\nerror bars at x = {points.tolist()}:")
for m in bars:
    print(f"  slope {m:g}: {[round(v, 2) for v in bars[m].tolist()]}")
near = (points - 1).abs() < 0.5
assert torch.all(bars[2.0][near] < bars[3.0][near])  # near 1 the tangent wins,
assert bars[3.0][-1] < bars[2.0][-1]  # but at x = 1.7 the steeper line wins:
assert 2.0 * 2.0 == 1 + 3 * (2.0 - 1)  # it meets x² again at x = 2 (exact)
