import torch

x = torch.tensor(2.0, requires_grad=True)
z = (x**2).detach() * x + x**3
z.backward()
print(f"x.grad = {x.grad.item():.1f}")
# By hand: the detached factor is a constant,
# so dz/dx = x² + 3x² = 4x² (small integers: exact).
assert x.grad.item() == 4 * 2.0**2

# Without the detach, z = 2x³ and the derivative is 6x².
x.grad = None
((x**2) * x + x**3).backward()
print(f"without detach: x.grad = {x.grad.item():.1f}")
assert x.grad.item() == 6 * 2.0**2
