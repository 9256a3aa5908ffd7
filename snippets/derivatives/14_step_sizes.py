import matplotlib.pyplot as plt
import torch

curvature = derivatives(square, 1.5, 2)[2].item()  # f'' of x², by autograd
one_step = 1 / curvature
print(f"f'' = {curvature:g}, so the step size 1/f'' = {one_step:g}", end=" ")
print("should reach the minimum in one step")
assert curvature == 2 and one_step == 0.5  # exact: 2 and 1/2 are dyadic

regimes = {
    0.1: "converges",
    one_step: "one step (η = 1/f'')",
    0.8: "oscillates, converges",
    1.0: "bounces forever",
    1.05: "diverges",
}
runs = {eta: gradient_descent(square, 1.5, eta, 12) for eta in regimes}
for eta, name in regimes.items():
    x1, x12 = runs[eta][1], runs[eta][-1]
    print(f"η = {eta:<5g} {name:22s} x_1 = {x1:8.4f}   x_12 = {x12:8.4f}")

slow, one, osc, bounce, blow = runs.values()
# η = 0.1: stays on one side, shrinking
assert torch.all(slow > 0) and torch.all(slow[1:] < slow[:-1])
# η = 1/f'': exactly 0 after one step (x − 0.5·2x = x − x, exact)
assert torch.all(one[1:] == 0)
# η = 0.8: the sign flips every step while the size shrinks
assert torch.all(osc[1:] * osc[:-1] < 0)
assert torch.all(osc[1:].abs() < osc[:-1].abs())
# η = 1: ±1.5 forever (x − 2x = −x, exact)
assert torch.all(bounce.abs() == 1.5)
assert torch.all(bounce[1:] * bounce[:-1] < 0)
# η = 1.05: the size grows every step
assert torch.all(blow[1:].abs() > blow[:-1].abs())

# A sweep of step sizes: after 60 steps, did |x| shrink? Exactly when η < 2/f''.
sweep = 0.03 * torch.arange(1, 51, dtype=torch.float64)  # 0.03, 0.06, ..., 1.5
last = [gradient_descent(square, 1.5, eta, 60)[-1] for eta in sweep.tolist()]
final = torch.stack(last)
# |1 − 2η| is ≤ 0.98 or ≥ 1.04 on this grid, so |x_60| ≤ 0.5 or ≥ 15:
# round-off (≤ 1e-13 relative) cannot tip a comparison with 1.5.
assert torch.equal(final.abs() < 1.5, sweep < 2 / curvature)
n_sweep, lo, hi = len(sweep), sweep[0], sweep[-1]
print(f"sweep of {n_sweep} step sizes, {lo:g} to {hi:g}:", end=" ")
print(f"|x| shrank exactly for η < 2/f'' = {2 / curvature:g}")

fig, ax = plt.subplots(figsize=(8.4, 4.4), num="gd-step-sizes")
plot(
    ax,
    torch.arange(13),
    list(runs.values()),
    [f"η = {eta:g}: {name}" for eta, name in regimes.items()],
    ["C0o-", "C2s-", "C1o-", "C3^-", "C4d-"],
    xlabel="step k",
    ylabel="iterate $x_k$",
    title="Gradient descent on x² with five step sizes",
)
ax.axhline(0, color="grey", lw=1)
ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5))
