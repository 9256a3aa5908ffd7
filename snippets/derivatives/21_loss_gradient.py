import torch

x_in, y_target = 3.0, 10.0
w = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
loss = (w * x_in - y_target) ** 2
loss.backward()
grad = w.grad.item()
# chain rule: d/dw (wx − y)² = 2(wx − y)·x
by_hand = 2 * (w.item() * x_in - y_target) * x_in
print(f"w = {w.item()}: prediction {w.item() * x_in}, loss {loss.item():.4f}")
print(f"dloss/dw = {grad:.4f} (by hand {by_hand:.4f})")
assert grad == by_hand  # exact: 1.5, 3, 10 and all results are dyadic

# Negative derivative: the loss falls as w grows, so w should increase.
assert grad < 0
eta = 0.01
w_new = w.item() - eta * grad
loss_new = (w_new * x_in - y_target) ** 2
print(f"one step w ← w − {eta}·dloss/dw = {w_new:.4f}: loss {loss_new:.4f}")
assert w_new > w.item() and loss_new < loss.item()
assert y_target / x_in > w.item()  # the best weight y/x is indeed larger
print(f"the best weight, w* = y/x = {y_target / x_in:.4f}, lies to the right")
