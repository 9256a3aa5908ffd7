import matplotlib.pyplot as plt
import torch

# Lines through (1, 1) with slope m: ℓ_m(x) = 1 + m(x − 1). Their error against x² near x = 1.
ms = [1.0, 2.0, 3.0]
ds = 10.0 ** -torch.arange(1, 6, dtype=torch.float64)
x = 1 + ds
errors = {m: (x**2 - (1 + m * (x - 1))).abs() for m in ms}

print(f"{'|x − 1|':>8}" + "".join(f"  {'m=' + f'{m:g}' + ': err/|x−1|':>16}" for m in ms))
for i, d in enumerate(ds.tolist()):
    print(f"{d:8.0e}" + "".join(f"  {errors[m][i].item() / d:16.6f}" for m in ms))
print(f"\n{'|x − 1|':>8}" + "".join(f"  {'m=' + f'{m:g}' + ': err/|x−1|²':>17}" for m in ms))
for i, d in enumerate(ds.tolist()):
    print(f"{d:8.0e}" + "".join(f"  {errors[m][i].item() / d**2:17.3f}" for m in ms))

for m in ms:
    torch.testing.assert_close(errors[m], (x - 1).abs() * (x + 1 - m).abs(), rtol=1e-5, atol=0)  # the factored form
    torch.testing.assert_close(errors[m] / ds, (2 - m + ds).abs(), rtol=1e-5, atol=1e-9)  # err/|x−1| → |2 − m|
torch.testing.assert_close(errors[2.0] / ds**2, torch.ones_like(ds), rtol=1e-4, atol=0)  # m = 2: err = (x − 1)²
assert all((errors[m] / ds**2)[-1] > 1e4 for m in (1.0, 3.0))  # any other slope: err/|x−1|² blows up
print("\nonly m = 2 makes the error O(|x − 1|²)")

xs = torch.linspace(0.0, 2.0, 200, dtype=torch.float64)
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
for m, color, shift in ((2.0, "C0", -0.015), (3.0, "C1", 0.015)):
    ax.vlines((points + shift).numpy(), (1 + m * (points - 1)).numpy(), (points**2).numpy(), colors=color, lw=3)
    for p in points.tolist():
        ax.annotate(
            f"{abs(p**2 - 1 - m * (p - 1)):.2f}",
            (p + shift, (p**2 + 1 + m * (p - 1)) / 2),
            xytext=(5 if shift > 0 else -30, 0),
            textcoords="offset points",
            color=color,
            fontsize=9,
        )
ax.plot([1.0], [1.0], "ko")
print(f"error bars at x = {points.tolist()}: slope 2 → {[round(abs(p - 1) ** 2, 2) for p in points.tolist()]}")
