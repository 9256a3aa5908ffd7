import math

import torch
from torch.func import jacfwd, jacrev, vmap

torch.manual_seed(1)
X = torch.randn(5, 2, dtype=torch.float64)  # a batch of 5 points in R²

per_sample = vmap(jacrev(g))(X)  # one 3 x 2 Jacobian per point: shape (5, 3, 2)
torch.testing.assert_close(vmap(jacfwd(g))(X), per_sample)
closed = torch.stack(
    [torch.tensor([[2 * a, 1.0], [b, a], [math.cos(a), -math.sin(b)]], dtype=torch.float64) for a, b in X.tolist()]
)
torch.testing.assert_close(per_sample, closed)
print(f"vmap(jacrev(g))(X): shape {tuple(per_sample.shape)}; matches the closed form for all 5 points")

# Differentiating the batched g as ONE function of X gives every output w.r.t. every input.
full = torch.autograd.functional.jacobian(g, X)  # shape (5, 3) + (5, 2)
assert full.shape == (5, 3, 5, 2)
for i in range(5):
    for k in range(5):
        expected = per_sample[i] if i == k else torch.zeros(3, 2, dtype=torch.float64)
        torch.testing.assert_close(full[i, :, k, :], expected)
nonzero = (full != 0).sum().item()
print(
    f"full Jacobian of the batch: shape {tuple(full.shape)}, {full.numel()} entries, "
    f"{nonzero} of them non-zero (only the 5 diagonal blocks)"
)
