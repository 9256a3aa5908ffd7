import torch

# Every tensor on this page is float64, so that checks agree to ~1e-15.
torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4)


def f(x):
    """f(x₁, x₂) = (x₁² + x₂, x₁·x₂), for a point or a batch of points."""
    x1, x2 = x[..., 0], x[..., 1]  # the code counts from 0: x[0] is x₁
    return torch.stack([x1**2 + x2, x1 * x2], dim=-1)


a = torch.tensor([1.5, 0.5])  # the base point

# The whole Jacobian from autograd: 2 x 2, outputs down, inputs across.
J = torch.autograd.functional.jacobian(f, a)

# The hand-derived Jacobian [[2x₁, 1], [x₂, x₁]] at the same point.
a1, a2 = a.tolist()
J_hand = torch.tensor([[2 * a1, 1.0], [a2, a1]])
# 1.5 and 0.5 are dyadic: every number here is exact, and every check on
# this point holds to the last bit.
assert torch.equal(J, J_hand)

# Row i of J is the gradient of the scalar output f_i:
# one autograd.grad call per output.
x = a.clone().requires_grad_()
out = f(x)
(grad_f1,) = torch.autograd.grad(out[0], x, retain_graph=True)
(grad_f2,) = torch.autograd.grad(out[1], x)
assert torch.equal(J[0], grad_f1) and torch.equal(J[1], grad_f2)
assert torch.equal(grad_f1, torch.tensor([2 * a1, 1.0]))
assert torch.equal(grad_f2, torch.tensor([a2, a1]))

print(f"a = {a}")
print(f"J from autograd =\n{J}")
print(f"J by hand =\n{J_hand}")
print(f"gradient of f₁ = {grad_f1}   (row 1 of J, J[0])")
print(f"gradient of f₂ = {grad_f2}   (row 2 of J, J[1])")
