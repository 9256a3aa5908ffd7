import torch

x1 = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
x2 = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
out = f(x1, x2)  # the f(x₁, x₂) = x₁²x₂ + x₁x₂² defined above
out.backward()

with torch.no_grad():
    by_hand_1 = 2 * x1 * x2 + x2**2
    by_hand_2 = x1**2 + 2 * x1 * x2
print(f"∂f/∂x₁: autograd {x1.grad.item():.6f},", end=" ")
print(f"formula 2x₁x₂ + x₂² {by_hand_1.item():.6f}")
print(f"∂f/∂x₂: autograd {x2.grad.item():.6f},", end=" ")
print(f"formula x₁² + 2x₁x₂ {by_hand_2.item():.6f}")
# Small integers throughout: both sides are exact, so they must be equal.
assert torch.equal(x1.grad, by_hand_1) and torch.equal(x2.grad, by_hand_2)
