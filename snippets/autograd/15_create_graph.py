import torch

x = torch.tensor(0.5, requires_grad=True)
y = torch.tanh(x)

(dy,) = torch.autograd.grad(y, x, create_graph=True)  # dy is itself recorded
(d2y,) = torch.autograd.grad(dy, x)
print(f"dy/dx   = {dy.item():.6f}   (dy.grad_fn: {type(dy.grad_fn).__name__})")
print(f"d²y/dx² = {d2y.item():.6f}")
assert x.grad is None  # autograd.grad returns gradients, .grad is untouched

t = torch.tanh(torch.tensor(0.5))
# tanh' = 1 − tanh²  and  tanh'' = −2 tanh (1 − tanh²), equal up to a few
# roundings (~1e-16); tanh' and tanh'' themselves differ by 1.5.
torch.testing.assert_close(dy.detach(), 1 - t**2)
torch.testing.assert_close(d2y, -2 * t * (1 - t**2))

# Without create_graph the gradient is a plain number,
# with no graph to differentiate again.
(dy_plain,) = torch.autograd.grad(torch.tanh(x), x)
print("without create_graph: dy.requires_grad =", dy_plain.requires_grad)
assert not dy_plain.requires_grad
