import itertools

import torch

u = torch.tensor([0.6, 0.8], dtype=torch.float64)  # a unit direction
M = J + torch.tensor([[0.0, 0.1], [0.0, 0.0]], dtype=torch.float64)  # a slightly wrong matrix

print(f"{'‖h‖':>8} {'‖f(x+h)-f(x)-Jh‖/‖h‖':>22} {'ratio/‖h‖':>10} {'same with M≠J':>14}")
norms, ratios, wrong = [], [], []
for k in range(1, 6):
    h = 10.0**-k * u
    remainder = f(x0 + h) - f(x0) - J @ h
    ratio = (remainder.norm() / h.norm()).item()
    ratio_m = ((f(x0 + h) - f(x0) - M @ h).norm() / h.norm()).item()
    norms.append(h.norm().item())
    ratios.append(ratio)
    wrong.append(ratio_m)
    print(f"{norms[-1]:8.0e} {ratio:22.3e} {ratio / norms[-1]:10.6f} {ratio_m:14.6f}")

# The ratio tends to 0: it shrinks at every step ...
assert all(later < earlier for earlier, later in itertools.pairwise(ratios))
# ... and proportionally to ‖h‖. Here the remainder is exactly (h1², h1·h2) = h1·h,
# so the ratio is |h1| = |u1|·‖h‖: check the computed ratios against that closed form.
for n_h, r in zip(norms, ratios, strict=True):
    assert abs(r / n_h - abs(u[0].item())) < 1e-3
# Any other matrix leaves a ratio that does not vanish: it tends to ‖(M - J) u‖.
assert abs(wrong[-1] - ((M - J) @ u).norm().item()) < 1e-4
assert wrong[-1] > 1000 * ratios[-1]
