import math

import torch


def g(x):
    """g(x0, x1) = (x0² + x1, x0·x1, sin x0 + cos x1), R² → R³."""
    x_0, x_1 = x[..., 0], x[..., 1]
    outputs = [x_0**2 + x_1, x_0 * x_1, torch.sin(x_0) + torch.cos(x_1)]
    return torch.stack(outputs, dim=-1)


p = torch.tensor([1.0, 2.0])
a, b = p.tolist()
J_closed = torch.tensor([[2 * a, 1.0], [b, a], [math.cos(a), -math.sin(b)]])

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
# Here x1 = 2·x0, so rows (2·x0, 1) and (x1, x0) happen to coincide,
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
