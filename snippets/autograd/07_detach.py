import torch

x = torch.arange(4.0, requires_grad=True)
u = x * x
c = u.detach()  # the numbers of u, but a constant for autograd
print("c =", c, "  c.requires_grad:", c.requires_grad)
assert not c.requires_grad and c.grad_fn is None
assert c.data_ptr() == u.data_ptr()  # no copy: c is a view of u's memory

z = c * x
z.sum().backward()
print("gradient of (c·x).sum():", x.grad)
# the gradient is c: the path through c is cut
torch.testing.assert_close(x.grad, x.detach() ** 2)
grad_cut = x.grad.clone()  # kept for the JAX tab

# Detaching made a new tensor; u and its graph are untouched.
x.grad = None
u.sum().backward()
print("gradient of u.sum():    ", x.grad)
torch.testing.assert_close(x.grad, 2 * x.detach())

# Without detach, u·x is x³, and the gradient flows through both factors.
x.grad = None
(x * x * x).sum().backward()
print("gradient of (u·x).sum():", x.grad)
torch.testing.assert_close(x.grad, 3 * x.detach() ** 2)

# Shared memory: an in-place change through c is seen through u, and it
# bumps the version counter that c and u share.
version_before = u._version
c[0] = 7.0
print("after c[0] = 7.0:  u =", u.detach(), "  u._version:", u._version)
assert u[0].item() == 7.0 and u._version == c._version == version_before + 1
