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

# Slope of log(error) against log(t) where truncation dominates (t from 1 down to 1e-4).
big = ts >= 1e-4
slope = (
    torch.linalg.lstsq(
        torch.stack([ts[big].log(), torch.ones(int(big.sum()), dtype=torch.float64)], dim=1),
        forward_err[big].log().unsqueeze(1),
    )
    .solution[0, 0]
    .item()
)
best = int(forward_err.argmin())
assert abs(slope - 1) < 0.01  # error ∝ t
assert 0 < best < len(ts) - 1  # round-off takes over below some t
assert forward_err[-1] > 100 * forward_err[best]  # ... and grows again
assert central_err[ts >= 1e-2].max() < 1e-12  # central: no truncation error for a quadratic f

fig, ax = plt.subplots(num="fd-convergence")
ax.loglog(ts, forward_err, "o-", ms=3, label="forward difference (f(X+tV) − f(X)) / t")
exact = central_err == 0  # no error at all: nothing to draw on a log axis
central_label = "central difference (f(X+tV) − f(X−tV)) / 2t"
ax.loglog(ts, central_err.masked_fill(exact, float("nan")), "s-", ms=3, label=central_label)
ax.loglog(ts, ts * VtV_max, "k--", lw=1, label="t · max|VᵀV| (exact truncation error)")
ax.set_xlabel("step t")
ax.set_ylabel("max entry error vs XᵀV + VᵀX")
ax.set_title("Finite differences of f(X) = XᵀX along V (float64)")
ax.legend(loc="upper left", fontsize=8)

print(f"log-log slope for t in [1e-4, 1]: {slope:.4f}")
print(f"smallest forward-difference error {forward_err[best]:.1e} at t = {ts[best]:.1e}")
print(f"largest central-difference error {central_err.max():.1e} (exactly 0 at {int(exact.sum())} of {len(ts)} steps)")
