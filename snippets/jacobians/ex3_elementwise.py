import torch

torch.manual_seed(4)
x = torch.randn(6, dtype=torch.float64, requires_grad=True)

J_tanh = torch.autograd.functional.jacobian(torch.tanh, x.detach())
torch.tanh(x).sum().backward()  # ONE backward pass, a vector of ones as the upstream gradient

torch.testing.assert_close(J_tanh, torch.diag(J_tanh.diagonal()))  # diagonal ...
torch.testing.assert_close(x.grad, J_tanh.diagonal())  # ... and one backward reads it off
torch.testing.assert_close(x.grad, 1 - torch.tanh(x.detach()) ** 2)  # tanh' = 1 - tanh²
print(f"diagonal of J:            {J_tanh.diagonal()}")
print(f"x.grad after sum-backward: {x.grad}")
