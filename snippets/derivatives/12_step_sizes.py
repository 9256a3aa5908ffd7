import matplotlib.pyplot as plt
import torch

curvature = derivatives(square, 1.5, 2)[2].item()  # f''(x) = 2 for x², by autograd
one_step = 1 / curvature
print(f"f'' = {curvature:g}, so the step size 1/f'' = {one_step:g} should land on the minimum in one step")

regimes = {
    0.1: "converges",
    one_step: "one step (η = 1/f'')",
    0.8: "oscillates, converges",
    1.0: "bounces forever",
    1.05: "diverges",
}
runs = {eta: gradient_descent(square, 1.5, eta, 12) for eta in regimes}
for eta, name in regimes.items():
    print(f"η = {eta:<5g} {name:22s} x_1 = {runs[eta][1]:8.4f}   x_12 = {runs[eta][-1]:8.4f}")

assert abs(curvature - 2) < 1e-12 and abs(one_step - 0.5) < 1e-12
slow, one, osc, bounce, blow = (runs[eta] for eta in regimes)
assert torch.all(slow > 0) and torch.all(slow[1:] < slow[:-1])  # η = 0.1: same side, shrinking
assert torch.all(one[1:] == 0)  # η = 1/f'': exactly 0 after one step
assert torch.all(osc[1:] * osc[:-1] < 0) and torch.all(osc[1:].abs() < osc[:-1].abs())  # sign flips, shrinks
assert torch.all(bounce.abs() == 1.5) and torch.all(bounce[1:] * bounce[:-1] < 0)  # ±1.5 forever
assert torch.all(blow[1:].abs() > blow[:-1].abs())  # grows without bound

# Sweep: after 60 steps, which step sizes got close to the minimum? Exactly those with η < 1 = 2/f''.
sweep = torch.linspace(0.05, 1.5, 30, dtype=torch.float64)
final = torch.stack([gradient_descent(square, 1.5, eta, 60)[-1].abs() for eta in sweep.tolist()])
assert torch.equal(final < 1e-2, sweep < 1.0)
print(f"sweep of {len(sweep)} step sizes in [0.05, 1.5]: converged exactly for η < 2/f'' = {2 / curvature:g}")

fig, ax = plt.subplots(figsize=(7.0, 4.4), num="gd-step-sizes")
steps = torch.arange(13)
plot(
    ax,
    steps,
    [runs[eta] for eta in regimes],
    [f"η = {eta:g}: {name}" for eta, name in regimes.items()],
    ["C0o-", "C2s-", "C1o-", "C3^-", "C4d-"],
    xlabel="step k",
    ylabel="iterate x_k",
    title="Gradient descent on x² with five step sizes",
)
ax.axhline(0, color="grey", lw=1)
ax.legend(loc="lower left", fontsize=9)
