import torch

x = torch.tensor(2.0, dtype=torch.float64)
hs = torch.tensor([1e-1, 1e-2, 1e-3], dtype=torch.float64)
estimates = ((x + hs) ** 3 - (x - hs) ** 3) / (2 * hs)
exact = 3 * x.item() ** 2  # 12
for h, est in zip(hs.tolist(), estimates.tolist(), strict=True):
    err = est - exact
    print(f"h = {h:6.0e}: estimate {est:.10f}, error {err:.3e}", end="")
    print(f", error/h² = {err / h**2:.6f}")
# the error is exactly h²
torch.testing.assert_close(estimates - exact, hs**2, rtol=1e-6, atol=0)
