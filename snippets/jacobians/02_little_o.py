import itertools

import torch

u = torch.tensor([0.6, 0.8])  # a unit direction
M = J + torch.tensor([[0.0, 0.1], [0.0, 0.0]])  # a slightly wrong matrix


def ratio(matrix, h):
    """‖f(a + h) − f(a) − matrix·h‖ / ‖h‖"""
    return ((f(a + h) - f(a) - matrix @ h).norm() / h.norm()).item()


columns = ["‖h‖", "ratio with J", "ratio / ‖h‖", "ratio with M"]
print("".join(f"{c:>14}" for c in columns))
# Round-off: f(a + h) ≈ 2.8 is off by ≤ 4·eps·2.8 ≈ 2.5e-15, so a ratio
# by ≤ 2.5e-15/‖h‖ and ratio/‖h‖ by ≤ 2.5e-15/‖h‖²: 2.5e-7 at ‖h‖ = 1e-4,
# still 20× below the 5th decimal; at 1e-5 it would reach 2.5e-5. So the
# table stops at 1e-4.
norms, ratios, wrong = [], [], []
for t in [1e-1, 1e-2, 1e-3, 1e-4]:
    h = t * u
    norms.append(h.norm().item())
    ratios.append(ratio(J, h))
    wrong.append(ratio(M, h))
    row = [f"{norms[-1]:.0e}", f"{ratios[-1]:.3e}"]
    row += [f"{ratios[-1] / norms[-1]:.5f}", f"{wrong[-1]:.6f}"]
    print("".join(f"{c:>14}" for c in row))

# The ratio tends to 0: it shrinks at every step ...
assert all(later < early for early, later in itertools.pairwise(ratios))
# ... in proportion to ‖h‖. The remainder is exactly
# (h1², h1·h2) = h1·h, so the ratio is |h1| = |u1|·‖h‖: check that, to
# 1e-5 (40× the round-off bound). A wrong J would leave a ratio/‖h‖ of
# ≥ 0.1/‖h‖, and the constant |u2| = 0.8 would miss by 0.2.
for n_h, r in zip(norms, ratios, strict=True):
    assert abs(r / n_h - abs(u[0].item())) < 1e-5
# Along u, M's ratio does not vanish: it tends to ‖(M - J) u‖ = 0.08,
# from which it still differs by about 0.36·‖h‖ = 3.6e-5 at ‖h‖ = 1e-4:
# tol 5e-4 (14×), far below 0.08.
assert abs(wrong[-1] - ((M - J) @ u).norm().item()) < 5e-4
assert wrong[-1] > 1000 * ratios[-1]

# But along e1 = (1, 0) it does: (M - J) e1 = 0, e1 spans the null space
# of M - J. With dyadic steps t = 2⁻ᵏ every number is exact: the
# remainder is (t², 0), so both ratios are exactly t.
e1 = torch.tensor([1.0, 0.0])
print("along e₁ = (1, 0), where (M − J)e₁ = 0:")
for k in [4, 8, 12]:
    t = 2.0**-k
    r_J, r_M = ratio(J, t * e1), ratio(M, t * e1)
    assert r_J == r_M == t
    print(f"  ‖h‖ = 2^-{k:<2d}  ratio with J = ratio with M = {r_J:.3e}")
