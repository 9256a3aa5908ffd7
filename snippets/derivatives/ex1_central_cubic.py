import torch

x = torch.tensor(2.0, dtype=torch.float64)
hs = torch.tensor([1e-1, 1e-2, 1e-3], dtype=torch.float64)
estimates = ((x + hs) ** 3 - (x - hs) ** 3) / (2 * hs)
exact = 3 * x**2  # 12
for h, est in zip(hs.tolist(), estimates.tolist(), strict=True):
    error = est - exact.item()
    print(f"h = {h:6.0e}: central difference {est:.10f}, error {error:.3e}, error/h² = {error / h**2:.6f}")
torch.testing.assert_close(estimates - exact, hs**2, rtol=1e-6, atol=0)  # the error is exactly h²
