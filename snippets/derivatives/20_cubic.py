import torch

x = torch.tensor(2.0, requires_grad=True)
y = x**3 + 2 * x**2 + x + 1
y.backward()
x0 = 2.0
formula = 3 * x0**2 + 4 * x0 + 1
print(f"f(2) = {y.item():g}")
print(f"f′(2): autograd {x.grad.item():g}, formula 3x² + 4x + 1: {formula:g}")
assert x.grad.item() == formula  # small integers: exact, even in float32
