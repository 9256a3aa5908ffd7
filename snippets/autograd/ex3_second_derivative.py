import math

import torch
from torch.func import grad

x = torch.tensor(1.0, requires_grad=True)
z = torch.exp(-(x**2))
(dz,) = torch.autograd.grad(z, x, create_graph=True)
(d2z,) = torch.autograd.grad(dz, x)


def g(t):
    return torch.exp(-(t**2))


d2z_func = grad(grad(g))(torch.tensor(1.0))
closed_form = (4 * 1.0**2 - 2) * math.exp(-(1.0**2))  # 2/e
print(f"create_graph: {d2z.item():.6f}")
print(f"torch.func:   {d2z_func.item():.6f}")
print(f"formula:      {closed_form:.6f}")
# A few roundings of numbers below 2, and exp's last bit: under 1e-15 apart.
# The tolerance 1e-12 still catches the first derivative, -2/e: off by 1.5.
assert abs(d2z.item() - closed_form) < 1e-12
assert abs(d2z_func.item() - closed_form) < 1e-12
