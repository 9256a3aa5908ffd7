import math

import torch

a, x = 4.0, 4.1
value, slope = derivatives(torch.sqrt, a, 1)  # √4 = 2 and 1/(2√4) = 1/4
estimate = value.item() + slope.item() * (x - a)
true = math.sqrt(x)
# M = max |f''| on [4, 4.1], with f'' from autograd on a grid
grid = a + torch.arange(101, dtype=torch.float64) / 1000  # 4, 4.001, …, 4.1
M = derivatives(torch.sqrt, grid, 2)[2].abs().max().item()
bound = M / 2 * (x - a) ** 2
print(f"L(4.1) = {estimate:.6f}, √4.1 = {true:.6f}")
print(f"error {abs(true - estimate):.4e} ≤ bound {bound:.4e}")
# |f''(x)| = x^(−3/2)/4 decreases, so M is its value at x = 4. At x = 4
# autograd's sqrt and divisions are exact (powers of 2): 1/4 and 1/32.
assert slope.item() == 0.25 and M == 4 ** (-1.5) / 4
# The bound holds with a margin of 1.9e-6, far above round-off (≈ 1e-15;
# sqrt and + − × ÷ are correctly rounded, the same on every machine). With
# M taken at 4.1 instead, the "bound" 1.506e-4 would fail.
assert abs(true - estimate) <= bound
