import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()  # same numbers as y, but a constant as far as autograd is concerned
print("u =", u, "  u.requires_grad:", u.requires_grad)
assert not u.requires_grad and u.grad_fn is None
assert u.data_ptr() == y.data_ptr()  # no copy: u shares y's memory

z = u * x
z.sum().backward()
print("gradient of (u·x).sum():", x.grad)
torch.testing.assert_close(x.grad, x.detach() ** 2)  # = u: the path through u is cut

# Detaching made a new tensor; y and its graph are untouched.
x.grad = None
y.sum().backward()
print("gradient of y.sum():    ", x.grad)
torch.testing.assert_close(x.grad, 2 * x.detach())

# Without detach, the product y·x is x³, and the gradient flows through both factors.
x.grad = None
(x * x * x).sum().backward()
print("gradient of (y·x).sum():", x.grad)
torch.testing.assert_close(x.grad, 3 * x.detach() ** 2)
