import torch
from torch.func import grad, hessian, jvp, vmap


def f(x):
    return x**3 - 2 * x


df = grad(f)  # a new function: x ↦ f'(x) = 3x² − 2
d2f = grad(grad(f))  # and x ↦ f''(x) = 6x

# plain: no requires_grad, no .grad, no backward(). Every number in this block
# is a small binary fraction, so all of it is exact.
a = torch.tensor(1.5)
print(f"f'(1.5) = {df(a).item():.4f},  f''(1.5) = {d2f(a).item():.4f}")
torch.testing.assert_close(df(a), 3 * a**2 - 2)
torch.testing.assert_close(d2f(a), 6 * a)
assert a.grad is None and not a.requires_grad

# Forward mode: jvp pushes a tangent through f and returns f(a) together
# with f'(a)·t, in one pass. hessian gives the matrix of second derivatives
# (for a function of one number, the 1×1 case: f'').
value, tangent = jvp(f, (a,), (torch.tensor(1.0),))
print(f"jvp: f(1.5) = {value.item():.4f},  f'(1.5)·1 = {tangent.item():.4f}")
print(f"hessian(f)(1.5) = {hessian(f)(a).item():.4f}")
torch.testing.assert_close(tangent, df(a))
torch.testing.assert_close(hessian(f)(a), d2f(a))

# vmap runs a function of one scalar over a whole batch of scalars.
xs = torch.linspace(-2, 2, 5)
print("xs       :", xs)
print("f'(xs)   :", vmap(df)(xs))
print("f''(xs)  :", vmap(d2f)(xs))
torch.testing.assert_close(vmap(df)(xs), 3 * xs**2 - 2)
torch.testing.assert_close(vmap(d2f)(xs), 6 * xs)

# The page's first example, functional style: the gradient of 2xᵀx is 4x.
v = torch.arange(4.0)
print("grad(2xᵀx) at arange(4):", grad(lambda x: 2 * torch.dot(x, x))(v))
torch.testing.assert_close(grad(lambda x: 2 * torch.dot(x, x))(v), 4 * v)
