import torch


def sigmoid(x):
    # written out, so that autograd differentiates exp, + and 1/(...) itself
    return 1 / (1 + torch.exp(-x))


xs = torch.arange(-60, 61, dtype=torch.float64) / 10  # −6.0, −5.9, ..., 6.0
s, ds = derivatives(sigmoid, xs, 1)
# σ′ = σ(1 − σ) at every point. Both sides take a handful of roundings of
# values ≤ 1 (and 1 − σ is exact or off by one rounding of σ), so they
# differ by ≤ 1e-15. tol 1e-14 (10×); σ(1 + σ) or σ² would miss by more
# than 0.1 somewhere on the grid.
gap = (ds - s * (1 - s)).abs().max()
assert gap < 1e-14
print("max |σ′ − σ(1 − σ)| on the grid < 1e-14")
i = int(ds.argmax())
print(f"largest slope σ′ = {ds[i]:.4f} at x = {xs[i]:.1f}")
print(f"at x = ±6 only {ds[0]:.4f} and {ds[-1]:.4f}")
# σ(0) = 1/2 and σ′(0) = 1/4 come out exactly (e⁰ = 1); the neighbours at
# ±0.1 are smaller by 6e-4, far more than round-off: the argmax is x = 0.
assert xs[i] == 0 and ds[i] == 0.25
assert ds[0] < 0.01 and ds[-1] < 0.01  # saturated: almost no slope at ±6
