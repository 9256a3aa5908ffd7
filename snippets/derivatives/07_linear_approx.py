import matplotlib.pyplot as plt
import torch


def square(x):
    return x**2


a = 1.0
fa, slope_a = square(torch.tensor(a, dtype=torch.float64)).item(), derivative(square, a)


def L(x):
    """The best linear approximation of x² at a = 1."""
    return fa + slope_a * (x - a)


print(f"L(x) = {fa:g} + {slope_a:g}·(x − {a:g}), i.e. slope {slope_a:g} and intercept {L(0.0):g}")
assert abs(slope_a - 2) < 1e-12 and abs(L(0.0) - (-1)) < 1e-12  # L(x) = 2x − 1

# Little-o: the error shrinks faster than the distance |x − a|. Second example: eˣ at 0, where L(x) = 1 + x.
ds = 10.0 ** -torch.arange(1, 7, dtype=torch.float64)
err_sq = (square(a + ds) - L(a + ds)).abs()
err_exp = (torch.exp(ds) - (1 + ds)).abs()
print(f"\n{'|x − a|':>8}  {'x²: error':>10}  {'error/|x−a|':>11}  {'eˣ: error':>10}  {'error/|x−a|':>11}")
for d, e1, e2 in zip(ds.tolist(), err_sq.tolist(), err_exp.tolist(), strict=True):
    print(f"{d:8.0e}  {e1:10.2e}  {e1 / d:11.2e}  {e2:10.2e}  {e2 / d:11.2e}")

torch.testing.assert_close(err_sq / ds, ds, rtol=1e-3, atol=0)  # x² − (2x − 1) = (x − 1)², so the ratio is |x − 1|
# eˣ − 1 − x = x²/2 + x³/6 + …, so the ratio is ≈ |x|/2 (within |x|/3 relative, under 4 % here)
torch.testing.assert_close(err_exp / ds, ds / 2, rtol=0.04, atol=0)
assert torch.all((err_exp / ds)[1:] < (err_exp / ds)[:-1]) and (err_exp / ds)[-1] < 1e-6  # both ratios → 0

xs = torch.linspace(-0.5, 2.2, 200, dtype=torch.float64)
fig, ax = plt.subplots(num="linear-approx")
plot(
    ax, xs, [square(xs), L(xs)], ["f(x) = x²", "L(x) = 2x − 1"], ["-", "--"], title="Best linear approximation at a = 1"
)
ax.fill_between(xs.numpy(), L(xs).numpy(), square(xs).numpy(), color="C0", alpha=0.12, label="error (x − 1)²")
ax.plot([a], [fa], "ko")
ax.legend()
print(f"\nplotted on [{xs[0]:.1f}, {xs[-1]:.1f}]; largest gap there {(square(xs) - L(xs)).max():.2f}")
