import torch

# Every tensor on this page is float64, so that checks agree to ~1e-15.
torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4)


def f(x):
    """f(x1, x2) = (x1² + x2, x1·x2), for a point or a batch of points."""
    x1, x2 = x[..., 0], x[..., 1]
    return torch.stack([x1**2 + x2, x1 * x2], dim=-1)


x0 = torch.tensor([1.5, 0.5])

# The whole Jacobian from autograd: 2 x 2, outputs down, inputs across.
J = torch.autograd.functional.jacobian(f, x0)

# The hand-derived Jacobian [[2 x1, 1], [x2, x1]] at the same point.
a, b = x0.tolist()
J_hand = torch.tensor([[2 * a, 1.0], [b, a]])
# 1.5 and 0.5 are dyadic: every number here is exact, and every check on
# this point holds to the last bit.
assert torch.equal(J, J_hand)

# Row i of J is the gradient of the scalar output f_i:
# one autograd.grad call per output.
x = x0.clone().requires_grad_()
y = f(x)
(grad_f1,) = torch.autograd.grad(y[0], x, retain_graph=True)
(grad_f2,) = torch.autograd.grad(y[1], x)
assert torch.equal(J[0], grad_f1) and torch.equal(J[1], grad_f2)
assert torch.equal(grad_f1, torch.tensor([2 * a, 1.0]))
assert torch.equal(grad_f2, torch.tensor([b, a]))

print(f"x0 = {x0}")
print(f"J from autograd =\n{J}")
print(f"J by hand =\n{J_hand}")
print(f"gradient of f1 = {grad_f1}   (row 0 of J)")
print(f"gradient of f2 = {grad_f2}   (row 1 of J)")
