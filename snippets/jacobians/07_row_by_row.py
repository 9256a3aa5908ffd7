import math

import torch


def g(x):
    """g(x₁, x₂) = (x₁² + x₂, x₁·x₂, sin x₁ + cos x₂), R² → R³."""
    x1, x2 = x[..., 0], x[..., 1]
    outputs = [x1**2 + x2, x1 * x2, torch.sin(x1) + torch.cos(x2)]
    return torch.stack(outputs, dim=-1)


p = torch.tensor([1.0, 2.0])
p1, p2 = p.tolist()
J_closed = torch.tensor([[2 * p1, 1.0], [p2, p1], [math.cos(p1), -math.sin(p2)]])

# One backward pass per output; each fills x.grad with one row of J.
x = p.clone().requires_grad_()
out = g(x)
rows = []
for i in range(out.shape[0]):
    x.grad = None  # gradients accumulate: start every row from nothing
    out[i].backward(retain_graph=True)  # keep the graph for the next row
    rows.append(x.grad.clone())
J_rows = torch.stack(rows)
# Exact but for cos 1 and sin 2: torch's kernels and math's libm are each
# within 1 ulp (1.1e-16) of them, so tol 1e-14 (45×); sin 1 in place of
# cos 1 would miss by 0.3.
torch.testing.assert_close(J_rows, J_closed, rtol=0, atol=1e-14)
print(f"Jacobian of g at {p.tolist()}, one backward per row:\n{J_rows}")
# Here x₂ = 2·x₁, so rows (2x₁, 1) and (x₂, x₁) happen to coincide,
# exactly: both are (2, 1) with no rounding.
assert torch.equal(J_rows[0], J_rows[1])

# Without retain_graph the first backward frees the graph's saved
# values, and the second backward fails.
x = p.clone().requires_grad_()
out = g(x)
out[0].backward()
try:
    out[1].backward()
    failed = False
except RuntimeError as error:
    failed = True
    print("second backward without retain_graph raised RuntimeError:")
    print("  " + str(error).split("(")[0].strip())
assert failed
