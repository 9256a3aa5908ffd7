import math

import torch
from torch.func import grad

x = torch.tensor(0.5, requires_grad=True)
y = torch.exp(-(x**2))
(dy,) = torch.autograd.grad(y, x, create_graph=True)
(d2y,) = torch.autograd.grad(dy, x)


def g(t):
    return torch.exp(-(t**2))


d2y_func = grad(grad(g))(torch.tensor(0.5))
closed_form = (4 * 0.5**2 - 2) * math.exp(-(0.5**2))
print(f"create_graph: {d2y.item():.6f}")
print(f"torch.func:   {d2y_func.item():.6f}")
print(f"formula:      {closed_form:.6f}")
assert abs(d2y.item() - closed_form) < 1e-12
assert abs(d2y_func.item() - closed_form) < 1e-12
