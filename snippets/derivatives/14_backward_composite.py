import math

import torch

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
y = torch.sin(x**2) * torch.exp(-x)
y.backward()

# By hand (product rule, and the chain rule for sin(x²) and e^(−x)):
# y' = 2x·cos(x²)·e^(−x) − sin(x²)·e^(−x)
x0 = 1.0
hand = 2 * x0 * math.cos(x0**2) * math.exp(-x0) - math.sin(x0**2) * math.exp(-x0)
g = lambda t: math.sin(t**2) * math.exp(-t)  # noqa: E731
h = 1e-5
central = (g(x0 + h) - g(x0 - h)) / (2 * h)
print(f"autograd {x.grad.item():.12f}\nby hand  {hand:.12f}\ncentral  {central:.12f}  (h = {h:g})")
assert abs(x.grad.item() - hand) < 1e-14
assert abs(central - hand) < 1e-9
