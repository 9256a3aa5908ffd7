import torch

x = torch.arange(4.0, dtype=torch.float64, requires_grad=True)  # (0, 1, 2, 3)
y = 2 * torch.dot(x, x)
y.backward()
print(f"x = {x.detach()}")
print(f"y = 2xᵀx = {y.item():.1f}")
print(f"x.grad = {x.grad}")
four_x = 4 * x.detach()
torch.testing.assert_close(x.grad, four_x)  # closed form 4x
fd = fd_grad(lambda v: 2 * torch.dot(v, v), x)
torch.testing.assert_close(fd, four_x, rtol=1e-7, atol=1e-7)
print("x.grad equals 4x, and central differences agree")
