import math

import torch

xy = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
f(xy[0], xy[1]).backward()
g = xy.grad  # (8, 5)
u = torch.tensor([1.0, -1.0], dtype=torch.float64) / math.sqrt(2)
rate = torch.dot(g, u)

h = 1e-6
with torch.no_grad():
    fd_rate = (f(*(xy + h * u)) - f(*(xy - h * u))) / (2 * h)
print(f"∇f(1, 2) = {g}")
print(f"D_u f along (1, −1)/√2 = {rate.item():.6f}")
print(f"central difference     = {fd_rate.item():.6f}")
print(f"fastest increase along {g / g.norm()}")
print(f"at the rate ‖∇f‖ = {g.norm().item():.6f}")
# the gradient (2xy + y², x² + 2xy) at (1, 2) is (8, 5)
torch.testing.assert_close(g, torch.tensor([8.0, 5.0], dtype=torch.float64))
assert abs(rate - 3 / math.sqrt(2)) < 1e-12  # (8 − 5)/√2
assert abs(fd_rate - rate) < 1e-7
assert abs(g.norm() - math.sqrt(89)) < 1e-12
