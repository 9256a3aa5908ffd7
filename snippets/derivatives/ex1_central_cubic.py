import torch

x = torch.tensor(2.0, dtype=torch.float64)
# h = 2⁻³, 2⁻⁶, 2⁻⁹: 2 ± h and its cube fit in 53 bits, so every
# operation below is exact and the computed error is exactly h².
ks = [3, 6, 9]
hs = torch.tensor([2.0**-k for k in ks], dtype=torch.float64)
estimates = ((x + hs) ** 3 - (x - hs) ** 3) / (2 * hs)
exact = 3 * x.item() ** 2  # 12
for k, h, est in zip(ks, hs.tolist(), estimates.tolist(), strict=True):
    print(f"h = 2^-{k}: estimate {est:.12f}, error/h² = {(est - exact) / h**2}")
# the error is exactly h², bit for bit
assert torch.equal(estimates - exact, hs**2)
