import torch

torch.manual_seed(4)
x = torch.randn(6, requires_grad=True)

J_tanh = torch.autograd.functional.jacobian(torch.tanh, x.detach())
torch.tanh(x).sum().backward()  # ONE backward pass, upstream gradient of ones

torch.testing.assert_close(J_tanh, torch.diag(J_tanh.diagonal()))  # diagonal
torch.testing.assert_close(x.grad, J_tanh.diagonal())  # read off by backward
torch.testing.assert_close(x.grad, 1 - torch.tanh(x.detach()) ** 2)  # tanh'
print(f"diagonal of J: {J_tanh.diagonal()}")
print(f"x.grad:        {x.grad}")

# A(x²) is different: its Jacobian A·diag(2x) is not diagonal, and the one
# backward from sum() only returns its column sums, which mix entries.
A = torch.randn(3, 6)
x_again = x.detach().clone().requires_grad_()
(A @ x_again**2).sum().backward()
J_mixed = torch.autograd.functional.jacobian(lambda x: A @ x**2, x.detach())
torch.testing.assert_close(x_again.grad, J_mixed.sum(dim=0))
n_entries = J_mixed.count_nonzero().item()
assert n_entries > x.numel()  # more numbers than one backward can return
print(f"A(x²): J has {n_entries} non-zero entries;", end=" ")
print(f"one backward gives {x.numel()}")
