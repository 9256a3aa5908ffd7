import math

import matplotlib.pyplot as plt
import torch

ts = torch.logspace(0, -12, 49, dtype=torch.float64)
forward_err, central_err = [], []
for t in ts.tolist():
    forward = (f(X + t * V) - f(X)) / t
    central = (f(X + t * V) - f(X - t * V)) / (2 * t)
    forward_err.append((forward - DfV).abs().max().item())
    central_err.append((central - DfV).abs().max().item())
forward_err = torch.tensor(forward_err, dtype=torch.float64)
central_err = torch.tensor(central_err, dtype=torch.float64)

# Log-log slope of the forward error between t = 1 and t = 1e-4 (index 16).
i = 16
slope = math.log(forward_err[0] / forward_err[i]) / math.log(ts[0] / ts[i])
best = int(forward_err.argmin())
assert abs(slope - 1) < 0.01  # error ∝ t
assert 0 < best < len(ts) - 1  # below some t, round-off takes over
assert forward_err[-1] > 100 * forward_err[best]  # ... and the error grows
# A quadratic f has no truncation error in the central difference:
assert central_err[ts >= 1e-2].max() < 1e-12
# ... so what it shows is round-off alone, growing as t shrinks:
assert central_err[-1] > 1e6 * central_err[ts >= 1e-2].max()

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
print(f"smallest forward error {forward_err[best]:.1e} at t = {ts[best]:.1e}")
print(f"largest central error {central_err.max():.1e}")
print(f"central error exactly 0 at {int(exact.sum())} of {len(ts)} steps")
