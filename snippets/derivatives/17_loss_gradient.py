import torch

x_in, y_target = 3.0, 10.0
w = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
loss = (w * x_in - y_target) ** 2
loss.backward()
grad = w.grad.item()
by_hand = 2 * (w.item() * x_in - y_target) * x_in  # chain rule: d/dw (wx − y)² = 2(wx − y)·x
print(f"loss at w = {w.item()}: {loss.item():.4f};  dloss/dw = {grad:.4f} (by hand {by_hand:.4f})")
assert abs(grad - by_hand) < 1e-12

# A negative derivative means the loss falls as w grows: w should increase.
assert grad < 0
eta = 0.01
w_new = w.item() - eta * grad
loss_new = (w_new * x_in - y_target) ** 2
print(f"one step w ← w − {eta}·grad = {w_new:.4f}: loss {loss_new:.4f} (was {loss.item():.4f})")
assert w_new > w.item() and loss_new < loss.item()
assert y_target / x_in > w.item()  # the best w, y/x, does lie to the right of 1.5
print(f"the minimizer w* = y/x = {y_target / x_in:.4f} lies to the right, as the sign said")
