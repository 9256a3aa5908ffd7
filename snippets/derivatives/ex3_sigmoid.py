import torch


def sigmoid(x):
    # written out, so that autograd differentiates exp, + and 1/(...) itself
    return 1 / (1 + torch.exp(-x))


xs = torch.arange(-60, 61, dtype=torch.float64) / 10  # −6.0, −5.9, ..., 6.0
s, ds = derivatives(sigmoid, xs, 1)
torch.testing.assert_close(ds, s * (1 - s))  # σ′ = σ(1 − σ) at every point
i = int(ds.argmax())
gap = (ds - s * (1 - s)).abs().max()
print(f"max |σ′ − σ(1 − σ)| on the grid: {gap:.1e}")
print(f"largest slope σ′ = {ds[i]:.4f} at x = {xs[i]:.1f}")
print(f"at x = ±6 only {ds[0]:.4f} and {ds[-1]:.4f}")
assert abs(xs[i]) < 1e-12 and abs(ds[i] - 0.25) < 1e-12
assert ds[0] < 0.01 and ds[-1] < 0.01  # saturated: almost no slope at ±6
