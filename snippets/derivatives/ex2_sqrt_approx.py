import math

import torch

a, x = 4.0, 4.1
value, slope = derivatives(torch.sqrt, a, 1)  # √4 = 2 and 1/(2√4) = 1/4
estimate = value.item() + slope.item() * (x - a)
true = math.sqrt(x)
# M must bound |f''| on all of [4, 4.1]: |f''(x)| = x^(−3/2)/4 decreases, so
# its maximum is at x = 4, M = 4^(−3/2)/4 = 1/32 (exact). Autograd on a grid
# confirms that no grid point exceeds it; the largest is at x = 4 itself.
M = 1 / 32
grid = a + torch.arange(101, dtype=torch.float64) / 1000  # 4, 4.001, …, 4.1
on_grid = derivatives(torch.sqrt, grid, 2)[2].abs()
bound = M / 2 * (x - a) ** 2
print(f"T₁(4.1) = {estimate:.6f}, √4.1 = {true:.6f}")
print(f"error {abs(true - estimate):.4e} ≤ bound {bound:.4e}")
# At x = 4 autograd's sqrt and divisions are exact (powers of 2): slope 1/4
# and |f''| = 1/32 = M. Elsewhere |f''| is smaller by ≥ 1e-5, far above
# round-off (≈ 1e-17), so the grid never exceeds M.
assert slope.item() == 0.25 and on_grid[0].item() == M
assert torch.all(on_grid <= M) and torch.all(on_grid[1:] < M - 1e-6)
# The bound holds with a margin of 1.9e-6, far above round-off (≈ 1e-15;
# sqrt and + − × ÷ are correctly rounded, the same on every machine). With
# M taken at 4.1 instead, the "bound" 1.506e-4 would fail.
assert abs(true - estimate) <= bound
