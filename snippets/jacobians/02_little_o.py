import itertools

import torch

u = torch.tensor([0.6, 0.8])  # a unit direction
M = J + torch.tensor([[0.0, 0.1], [0.0, 0.0]])  # a slightly wrong matrix


def ratio(matrix, h):
    """‖f(x0 + h) - f(x0) - matrix·h‖ / ‖h‖"""
    return ((f(x0 + h) - f(x0) - matrix @ h).norm() / h.norm()).item()


columns = ["‖h‖", "ratio with J", "ratio / ‖h‖", "ratio with M"]
print("".join(f"{c:>14}" for c in columns))
norms, ratios, wrong = [], [], []
for k in range(1, 6):
    h = 10.0**-k * u
    norms.append(h.norm().item())
    ratios.append(ratio(J, h))
    wrong.append(ratio(M, h))
    row = [f"{norms[-1]:.0e}", f"{ratios[-1]:.3e}"]
    row += [f"{ratios[-1] / norms[-1]:.6f}", f"{wrong[-1]:.6f}"]
    print("".join(f"{c:>14}" for c in row))

# The ratio tends to 0: it shrinks at every step ...
assert all(later < early for early, later in itertools.pairwise(ratios))
# ... in proportion to ‖h‖. The remainder is exactly
# (h1², h1·h2) = h1·h, so the ratio is |h1| = |u1|·‖h‖: check that.
for n_h, r in zip(norms, ratios, strict=True):
    assert abs(r / n_h - abs(u[0].item())) < 1e-3
# Any other matrix leaves a ratio that does not vanish: it tends to
# ‖(M - J) u‖.
assert abs(wrong[-1] - ((M - J) @ u).norm().item()) < 1e-4
assert wrong[-1] > 1000 * ratios[-1]
