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
torch.testing.assert_close(J_polar, J_hand)
det = torch.linalg.det(J_polar).item()
assert abs(det - r) < 1e-12
print(f"J at (r, θ) = ({r}, π/6):\n{J_polar}")
print(f"det J = {det:.6f}, r = {r}")
