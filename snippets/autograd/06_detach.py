import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()  # the numbers of y, but a constant for autograd
print("u =", u, "  u.requires_grad:", u.requires_grad)
assert not u.requires_grad and u.grad_fn is None
assert u.data_ptr() == y.data_ptr()  # no copy: u shares y's memory

z = u * x
z.sum().backward()
print("gradient of (u·x).sum():", x.grad)
# the gradient is u: the path through u is cut
torch.testing.assert_close(x.grad, x.detach() ** 2)

# Detaching made a new tensor; y and its graph are untouched.
x.grad = None
y.sum().backward()
print("gradient of y.sum():    ", x.grad)
torch.testing.assert_close(x.grad, 2 * x.detach())

# Without detach, y·x is x³, and the gradient flows through both factors.
x.grad = None
(x * x * x).sum().backward()
print("gradient of (y·x).sum():", x.grad)
torch.testing.assert_close(x.grad, 3 * x.detach() ** 2)
