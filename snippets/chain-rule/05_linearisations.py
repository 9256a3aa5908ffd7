import itertools
import math

import torch
from torch.autograd.functional import jacobian

# The same g (first) and f (second), now at the base point a = (1.5, 0.75).
a = torch.tensor([1.5, 0.75], dtype=torch.float64)
ga = g(a)  # (2.25, 0.5625)
J_g_a, J_f_ga = jacobian(g, a), jacobian(f, ga)  # diag(3, 1.5), [0.5625, 2.25]


def T_g(p):  # the linearisation of g at a
    return ga + J_g_a @ (p - a)


def T_f(v):  # the linearisation of f at g(a): its base point is g(a), not a
    return f(ga) + J_f_ga @ (v - ga)


def T_f_wrong(v):  # a slip: the right value f(g(a)), but the slope taken at a
    return f(ga) + jacobian(f, a) @ (v - ga)


J_fg = jacobian(f_of_g, a)  # the Jacobian of the composition, by autograd
print(f"a = {tuple(a.tolist())}, g(a) = {tuple(ga.tolist())}")
# The composition of the linearisations IS the linearisation of the
# composition: T_f(T_g(a + h)) = f(g(a)) + J_f(g(a)) J_g(a) h. Every number
# here is dyadic with few bits, so the two agree exactly.
for k in (1, 4, 8):
    h = 2.0**-k * torch.tensor([1.0, -1.0], dtype=torch.float64)
    assert torch.equal(T_f(T_g(a + h)), f_of_g(a) + J_fg @ h)

# Its error is o(‖h‖): divided by ‖h‖ it vanishes. Steps h = 2^-k·(1, 1) keep
# every value exact (a + h and f(g(a + h)) need ≤ 4k + 8 ≤ 52 bits for k ≤
# 11); only ‖h‖ = √2·2^-k is rounded, once.
print(f"{'k':>3} {'‖h‖':>9} {'|error|/‖h‖':>12} {'wrong T_f: |error|/‖h‖':>24}")
rows = []
for k in (1, 3, 5, 7, 9, 11):
    h = 2.0**-k * torch.tensor([1.0, 1.0], dtype=torch.float64)
    norm = math.sqrt(2) * 2.0**-k
    right = (f_of_g(a + h) - T_f(T_g(a + h))).abs().item() / norm
    wrong = (f_of_g(a + h) - T_f_wrong(T_g(a + h))).abs().item() / norm
    rows.append((norm, right, wrong))
    print(f"{k:3d} {norm:9.3e} {right:12.4e} {wrong:24.4f}")
# Right: the error is second order. Along u = (1, 1)/√2 it is
# C·‖h‖² + O(‖h‖³) with C = uᵀHu/2 = 3.65625 (H: the Hessian of x1²x2² at a),
# so error/‖h‖ drops 4-fold from row to row once ‖h‖ is small (the first
# row, ‖h‖ = 0.7, is not small yet) and error/‖h‖² → C. The
# numerators are exact, so no round-off; the O(‖h‖) correction is ≤ 0.003
# in the last row, tol 0.01. A slope error would keep error/‖h‖ ≥ 0.1.
ratios = [r1 / r2 for (_, r1, _), (_, r2, _) in itertools.pairwise(rows)]
assert all(3.5 < q < 4.6 for q in ratios[1:])
assert abs(rows[-1][1] / rows[-1][0] - 3.65625) < 0.01
# Wrong: error/‖h‖ tends to |(J_f(g(a)) − J_f(a)) J_g(a)(1, 1)|/√2 =
# 0.5625/√2 = 0.3977 (plus the same O(‖h‖) ≤ 0.003): it never goes away.
assert abs(rows[-1][2] - 0.5625 / math.sqrt(2)) < 0.01
limit = 0.5625 / math.sqrt(2)
print(f"the wrong ratio tends to 0.5625/√2 = {limit:.4f}")
print("T_f ∘ T_g = T_(f∘g), error o(‖h‖); T_f with its slope taken at a: O(‖h‖)")
