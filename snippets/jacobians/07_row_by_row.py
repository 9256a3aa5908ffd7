import math

import torch


def g(x):
    """g(x0, x1) = (x0² + x1, x0·x1, sin x0 + cos x1): R² → R³, for one point or a batch."""
    x_0, x_1 = x[..., 0], x[..., 1]
    return torch.stack([x_0**2 + x_1, x_0 * x_1, torch.sin(x_0) + torch.cos(x_1)], dim=-1)


p = torch.tensor([1.0, 2.0], dtype=torch.float64)
a, b = p.tolist()
J_closed = torch.tensor([[2 * a, 1.0], [b, a], [math.cos(a), -math.sin(b)]], dtype=torch.float64)

# One backward pass per output: each fills x.grad with one row of the Jacobian.
x = p.clone().requires_grad_()
out = g(x)
rows = []
for i in range(out.shape[0]):
    x.grad = None  # gradients accumulate: start every row from nothing
    out[i].backward(retain_graph=True)  # keep the graph alive for the next row
    rows.append(x.grad.clone())
J_rows = torch.stack(rows)
torch.testing.assert_close(J_rows, J_closed)
print(f"Jacobian of g at {p.tolist()}, row by row:\n{J_rows}")
# At this point x1 = 2·x0, so the first two rows (2·x0, 1) and (x1, x0) happen to coincide.
assert torch.equal(J_rows[0], J_rows[1])

# Without retain_graph the first backward frees the graph, and the second one fails.
x = p.clone().requires_grad_()
out = g(x)
out[0].backward()
try:
    out[1].backward()
    failed = False
except RuntimeError as error:
    failed = True
    print(f"second backward without retain_graph: RuntimeError: {str(error).split('(')[0].strip()}")
assert failed
