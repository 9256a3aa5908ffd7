import torch

xs = torch.linspace(-6, 6, 121, dtype=torch.float64)
s, ds = derivatives(torch.sigmoid, xs, 1)
torch.testing.assert_close(ds, s * (1 - s))  # σ′ = σ(1 − σ) at every grid point
i = int(ds.argmax())
print(f"max |σ′ − σ(1 − σ)| on the grid: {(ds - s * (1 - s)).abs().max():.1e}")
print(f"largest slope σ′ = {ds[i]:.4f} at x = {xs[i]:.1f}; at x = ±6 only {ds[0]:.4f}")
assert xs[i] == 0 and abs(ds[i] - 0.25) < 1e-15
