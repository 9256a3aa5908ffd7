import math

import torch

a = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
f(a[0], a[1]).backward()
grad = a.grad  # (8, 5)
u = torch.tensor([1.0, -1.0], dtype=torch.float64) / math.sqrt(2)
rate = torch.dot(grad, u)

h = 1e-6
with torch.no_grad():
    fd_rate = (f(*(a + h * u)) - f(*(a - h * u))) / (2 * h)
print(f"∇f(1, 2) = {grad}")
print(f"D_u f along (1, −1)/√2 = {rate.item():.6f}")
print(f"central difference     = {fd_rate.item():.6f}")
print(f"fastest increase along {grad / grad.norm()}")
print(f"at the rate ‖∇f‖ = {grad.norm().item():.6f}")
# the gradient (2x₁x₂ + x₂², x₁² + 2x₁x₂) at (1, 2) is (8, 5), exactly
assert torch.equal(grad, torch.tensor([8.0, 5.0], dtype=torch.float64))
# rate and norm carry a few roundings of numbers ≤ 10 (≤ 1e-14): tol 1e-12
# (100×); the rate (8 + 5)/√2 or the norm 13 would miss by ≥ 3.
assert abs(rate - 3 / math.sqrt(2)) < 1e-12  # (8 − 5)/√2
assert abs(grad.norm() - math.sqrt(89)) < 1e-12
# No truncation: f is cubic and its third derivative along u is 0. f ≈ 6
# is off by ≤ 4·eps·6 + 8·eps ≈ 7e-15, so fd by ≤ 2·7e-15/(2h) = 7e-9:
# tol 1e-7 (14×); the rate (8 + 5)/√2 would miss by 7.
assert abs(fd_rate - rate) < 1e-7
