import math

import matplotlib.pyplot as plt
import torch


def gram(Y):
    """YᵀY for a 2×2 Y, entry by entry: a matrix product may fuse or reorder
    its multiply-adds on another CPU; these + and × are the same everywhere,
    so even the round-off drawn below is."""
    (a, b), (c, d) = Y.tolist()
    off = a * b + c * d
    rows = [[a * a + c * c, off], [off, b * b + d * d]]
    return torch.tensor(rows, dtype=torch.float64)


# Steps 1, 0.5, 0.2, 0.1, 0.05, …, 1e-12.
steps = [m / 10**e for e in range(13) for m in (1, 0.5, 0.2)][:-2]
ts = torch.tensor(steps, dtype=torch.float64)
forward_err, central_err = [], []
for t in steps:
    forward = (gram(X + t * V) - gram(X)) / t
    central = (gram(X + t * V) - gram(X - t * V)) / (2 * t)
    forward_err.append((forward - DfV).abs().max().item())
    central_err.append((central - DfV).abs().max().item())
forward_err = torch.tensor(forward_err, dtype=torch.float64)
central_err = torch.tensor(central_err, dtype=torch.float64)

# Round-off in f(X ± tV) (entries ≤ 72) is at most 170·eps ≈ 4e-14, so in
# a quotient at most 170·eps/t: ≤ 4e-12 for t ≥ 1e-2, and at t = 1e-4 ≤ 4e-10,
# a relative 1e-6 of the forward error. (All these floats come out the same
# on every machine: gram uses + and × only.)
i = 12  # t = 1e-4
slope = math.log(forward_err[0] / forward_err[i]) / math.log(ts[0] / ts[i])
assert abs(slope - 1) < 1e-5  # error ∝ t (|slope − 1| ≤ 1e-6; t² gives 2)
best = int(forward_err.argmin())
assert 0 < best < len(ts) - 1  # below some t, round-off takes over
assert forward_err[best] < 1e-7
assert forward_err[-1] > 100 * forward_err[best]  # ... and the error grows
# A quadratic f has no truncation error in the central difference: for
# t ≥ 1e-2 it is below the round-off bound (the forward error is ≥ 4e-2) ...
large = ts >= 1e-2
assert central_err[large].max() < 1e-10
# ... so what it shows is round-off alone, growing as t shrinks:
assert central_err[-1] > 1e-4

exact = central_err == 0  # no error at all: nothing to draw on a log axis
fig, ax = plt.subplots(num="fd-convergence")
ax.loglog(ts, forward_err, "o-", ms=3, label="forward (f(X+tV) − f(X)) / t")
ax.loglog(
    ts,
    central_err.masked_fill(exact, float("nan")),
    "s-",
    ms=3,
    label="central (f(X+tV) − f(X−tV)) / 2t",
)
ax.loglog(ts, ts * VtV_max, "k--", lw=1, label="t · max|VᵀV|")
ax.set_xlabel("step t")
ax.set_ylabel("max entry error vs XᵀV + VᵀX")
ax.set_title("Finite differences of f(X) = XᵀX along V (float64)")
ax.legend(loc="upper left", fontsize=9)

print(f"log-log slope for t from 1 to {ts[i]:.0e}: {slope:.4f}")
print(f"smallest forward error (below 1e-7) at t = {ts[best]:.0e}")
print("central error: below 1e-10 for t ≥ 1e-2, above 1e-4 at t = 1e-12")
print(f"central error exactly 0 at {int(exact.sum())} of {len(ts)} steps")
