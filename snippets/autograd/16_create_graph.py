import torch

x = torch.tensor(0.5, requires_grad=True)
z = torch.tanh(x)

(dz,) = torch.autograd.grad(z, x, create_graph=True)  # dz is itself recorded
(d2z,) = torch.autograd.grad(dz, x)
print(f"dz/dx   = {dz.item():.6f}   (dz.grad_fn: {type(dz.grad_fn).__name__})")
print(f"d²z/dx² = {d2z.item():.6f}")
assert x.grad is None  # autograd.grad returns gradients, .grad is untouched

t = torch.tanh(torch.tensor(0.5))
# tanh' = 1 − tanh²  and  tanh'' = −2 tanh (1 − tanh²), equal up to a few
# roundings (~1e-16); tanh' and tanh'' themselves differ by 1.5.
torch.testing.assert_close(dz.detach(), 1 - t**2)
torch.testing.assert_close(d2z, -2 * t * (1 - t**2))

# Without create_graph the gradient is a plain number,
# with no graph to differentiate again.
(dz_plain,) = torch.autograd.grad(torch.tanh(x), x)
print("without create_graph: dz.requires_grad =", dz_plain.requires_grad)
assert not dz_plain.requires_grad
