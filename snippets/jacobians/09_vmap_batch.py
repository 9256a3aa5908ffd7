import math

import torch
from torch.func import jacfwd, jacrev, vmap

torch.manual_seed(1)
X = torch.randn(5, 2)  # a batch of 5 points in R²

per_sample = vmap(jacrev(g))(X)  # one 3 x 2 Jacobian per point
# Entries are exact, or cos/sin values within 1 ulp (≤ 1.1e-16) whether
# from a torch kernel or from math: tol 1e-14 (45×) in every check here.
tight = {"rtol": 0, "atol": 1e-14}
torch.testing.assert_close(vmap(jacfwd(g))(X), per_sample, **tight)


def J_g(p1, p2):
    """The closed-form Jacobian of g at (p1, p2)."""
    return torch.tensor([[2 * p1, 1.0], [p2, p1], [math.cos(p1), -math.sin(p2)]])


closed = torch.stack([J_g(p1, p2) for p1, p2 in X.tolist()])
torch.testing.assert_close(per_sample, closed, **tight)
print(f"vmap(jacrev(g))(X) has shape {tuple(per_sample.shape)}")
print("and matches the closed form at all 5 points")

# The batched g differentiated as ONE function of X: every output against
# every input, shape (5, 3) + (5, 2).
full = torch.autograd.functional.jacobian(g, X)
assert full.shape == (5, 3, 5, 2)
for i in range(5):
    for k in range(5):
        block = per_sample[i] if i == k else torch.zeros(3, 2)
        torch.testing.assert_close(full[i, :, k, :], block, **tight)
nonzero = torch.count_nonzero(full).item()
shape = tuple(full.shape)
print(f"Jacobian of the batch: shape {shape}, {full.numel()} entries")
print(f"non-zero entries: {nonzero}, all inside the 5 diagonal 3 x 2 blocks")
