import torch

torch.set_printoptions(precision=4)


def f(x):
    return 0.5 * (x[0] ** 2 + 2 * x[1] ** 2 + x[0] * x[1])


point = torch.tensor([1.0, 2.0], dtype=torch.float64)

# 1) Differentiate the gradient again. create_graph=True records the
#    backward pass as a graph of its own, so each entry of g can be
#    differentiated again.
x = point.clone().requires_grad_()
(g,) = torch.autograd.grad(f(x), x, create_graph=True)
rows = [torch.autograd.grad(g[i], x, retain_graph=True)[0] for i in range(2)]
H_double = torch.stack(rows)

# 2) The helper in torch.autograd.functional.
H_functional = torch.autograd.functional.hessian(f, point)

# 3) The composable transform in torch.func.
H_func = torch.func.hessian(f)(point)

H_closed = torch.tensor([[1.0, 0.5], [0.5, 2.0]], dtype=torch.float64)
print("gradient at (1, 2):", g.detach())
print("double autograd.grad:\n", H_double)
print("torch.autograd.functional.hessian:\n", H_functional)
print("torch.func.hessian:\n", H_func)

# The gradient by hand: (x₁ + x₂/2, 2x₂ + x₁/2) = (2, 4.5) at (1, 2).
# At (1, 2) every value here is a small dyadic number: all exact.
g_by_hand = torch.tensor([2.0, 4.5], dtype=torch.float64)
torch.testing.assert_close(g.detach(), g_by_hand)
for H in (H_double, H_functional, H_func):
    torch.testing.assert_close(H, H_closed)
torch.testing.assert_close(H_func, H_func.T)  # symmetric

# H is the curvature term of the Taylor expansion (exact for a quadratic).
torch.manual_seed(0)
for _ in range(5):
    h = torch.randn(2, dtype=torch.float64)
    taylor = f(point) + g.detach() @ h + 0.5 * h @ H_closed @ h
    # round-off ≤ 10·eps·(|f| + |∇f·h| + |hᵀHh|) ≈ 1e-13, inside 1e-7
    torch.testing.assert_close(f(point + h), taylor)
print("f(x + h) = f(x) + ∇f(x)·h + ½ hᵀHh holds for 5 random steps h")
