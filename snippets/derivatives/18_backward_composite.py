import math

import torch

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
u = torch.sin(x**2) * torch.exp(-x)
u.backward()

# By hand (product rule; chain rule for sin(x²) and e^(−x)):
# u' = 2x·cos(x²)·e^(−x) − sin(x²)·e^(−x) = e^(−x)·(2x·cos(x²) − sin(x²))
x0 = 1.0
hand = math.exp(-x0) * (2 * x0 * math.cos(x0**2) - math.sin(x0**2))


def g(t):
    return math.sin(t**2) * math.exp(-t)


h = 1e-5
central = (g(x0 + h) - g(x0 - h)) / (2 * h)
print(f"autograd  {x.grad.item():.12f}")
print(f"by hand   {hand:.12f}")
print(f"central   {central:.9f}     (h = {h:g}, so off by ≤ 5e-11)")
# Autograd and the formula: a few operations on values ≤ 1.1, each within
# an ulp, differ by ≤ 5e-16. tol 1e-14 (20×); a sign error (+ sin(x²))
# changes u' by 0.6.
assert abs(x.grad.item() - hand) < 1e-14
# Central difference: truncation h²/6·|u‴| ≤ 3.2e-11 (|u‴| ≤ 1.9 near 1),
# plus round-off ≈ 3e-16/(2h) ≈ 1.5e-11: ≤ 5e-11. tol 1e-9 (20×).
assert abs(central - hand) < 1e-9
