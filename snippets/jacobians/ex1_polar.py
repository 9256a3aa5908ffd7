import math

import torch
from torch.func import jacrev


def polar_to_cartesian(q):
    r, theta = q[0], q[1]
    return torch.stack([r * torch.cos(theta), r * torch.sin(theta)])


q = torch.tensor([2.0, math.pi / 6])
r, theta = q.tolist()
J_polar = jacrev(polar_to_cartesian)(q)
J_hand = torch.tensor(
    [
        [math.cos(theta), -r * math.sin(theta)],
        [math.sin(theta), r * math.cos(theta)],
    ]
)
# cos and sin within 1 ulp (≤ 2.2e-16 at size ≤ 2) from torch's kernels
# and from math alike: tol 1e-14 (20×); a swapped sign misses by ≥ 1.
torch.testing.assert_close(J_polar, J_hand, rtol=0, atol=1e-14)
det = torch.linalg.det(J_polar).item()
# det = r(cos² + sin²): a few roundings of products ≤ 2, ≈ 2e-15 in all:
# tol 1e-12 (500×); det = r² or 1 would miss by ≥ 1.
assert abs(det - r) < 1e-12
print(f"J at (r, θ) = ({r}, π/6):\n{J_polar}")
print(f"det J = {det:.6f}, r = {r}")
