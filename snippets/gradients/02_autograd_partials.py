import torch

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
y = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
z = f(x, y)  # the f(x, y) = x²y + xy² defined above
z.backward()

with torch.no_grad():
    by_hand_x = 2 * x * y + y**2
    by_hand_y = x**2 + 2 * x * y
print(f"∂f/∂x: autograd {x.grad.item():.6f},", end=" ")
print(f"formula 2xy + y² {by_hand_x.item():.6f}")
print(f"∂f/∂y: autograd {y.grad.item():.6f},", end=" ")
print(f"formula x² + 2xy {by_hand_y.item():.6f}")
# Small integers throughout: both sides are exact, so they must be equal.
assert torch.equal(x.grad, by_hand_x) and torch.equal(y.grad, by_hand_y)
