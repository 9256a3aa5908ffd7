import math

import torch

a, x = 4.0, 4.1
value, slope = derivatives(torch.sqrt, a, 1)  # √4 = 2 and 1/(2√4) = 1/4
estimate = value.item() + slope.item() * (x - a)
true = math.sqrt(x)
# M = max |f''| on [4, 4.1], with f'' from autograd on a grid
grid = torch.linspace(a, x, 101, dtype=torch.float64)
M = derivatives(torch.sqrt, grid, 2)[2].abs().max().item()
bound = M / 2 * (x - a) ** 2
print(f"L(4.1) = {estimate:.6f}, √4.1 = {true:.6f}")
print(f"error {abs(true - estimate):.3e} ≤ bound {bound:.3e}")
# |f''(x)| = x^(−3/2)/4 decreases, so M is its value at x = 4
assert abs(slope.item() - 0.25) < 1e-15 and abs(M - 4 ** (-1.5) / 4) < 1e-15
assert abs(true - estimate) <= bound
