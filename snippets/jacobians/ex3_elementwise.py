import torch

torch.manual_seed(4)
x = torch.randn(6, requires_grad=True)

J_tanh = torch.autograd.functional.jacobian(torch.tanh, x.detach())
torch.tanh(x).sum().backward()  # ONE backward pass, upstream gradient of ones

assert torch.equal(J_tanh, torch.diag(J_tanh.diagonal()))  # exact zeros off it
# 1 − tanh² ≤ 1 computed with ≤ 2 roundings each way (≤ 4.4e-16): tol 1e-14
# (20×); the wrong tanh' = 1 − tanh would miss by 1.8.
tight = {"rtol": 0, "atol": 1e-14}
torch.testing.assert_close(x.grad, J_tanh.diagonal(), **tight)  # via backward
torch.testing.assert_close(x.grad, 1 - torch.tanh(x.detach()) ** 2, **tight)
print(f"diagonal of J: {J_tanh.diagonal()}")
print(f"x.grad:        {x.grad}")

# A(x²) is different: its Jacobian A·diag(2x) is not diagonal, and the one
# backward from sum() only returns its column sums, which mix entries.
A = torch.randn(3, 6)
x_again = x.detach().clone().requires_grad_()
(A @ x_again**2).sum().backward()
J_mixed = torch.autograd.functional.jacobian(lambda x: A @ x**2, x.detach())
# Column sums of 3 products of total size ≤ 13: each side off by
# ≤ 3·eps·13 ≈ 9e-15, tol 1e-12 (50×).
column_sums = J_mixed.sum(dim=0)
torch.testing.assert_close(x_again.grad, column_sums, rtol=0, atol=1e-12)
n_entries = J_mixed.count_nonzero().item()
assert n_entries > x.numel()  # more numbers than one backward can return
print(f"A(x²): J has {n_entries} non-zero entries;", end=" ")
print(f"one backward gives {x.numel()}")
