import torch

x = torch.tensor(1.5, requires_grad=True)  # 1. ask for gradients w.r.t. x
u = x**2  # 2. compute; the operation is recorded
u.backward()  # 3. backpropagate from u
print(f"u = {u.item()}, made by {type(u.grad_fn).__name__}")
print(f"du/dx = x.grad = {x.grad.item()}")  # 4. read the derivative
assert x.grad.item() == 2 * 1.5  # d/dx x² = 2x

u = x**2
u.backward()  # a second backward pass ADDS to x.grad
print(f"after a second backward: x.grad = {x.grad.item()}")
assert x.grad.item() == 2 * (2 * 1.5)
x.grad.zero_()
print(f"after x.grad.zero_():    x.grad = {x.grad.item()}")
