import matplotlib.pyplot as plt
import torch


def snap(v, step=2.0**-12, err=1e-9):
    """Round v to multiples of `step` (0.0002, far below a pixel) for the plot.

    On another machine, round-off moves v by ~1e-14 (training does not
    amplify it), far less than `err`. Rounding is monotone: if v - err and
    v + err round alike (checked), every machine plots the same numbers.
    """
    lo, hi = ((v - err) / step).round(), ((v + err) / step).round()
    assert torch.equal(lo, hi)
    return hi * step


truth = {"color": "black", "linewidth": 3, "alpha": 0.35}
t, true_xy = snap(times), snap(true_path)
fitted_xy, start_xy = snap(fitted_path), snap(start_path)
fig, axes = plt.subplots(1, 2, figsize=(8, 3.8), num="neural-ode")
ax_phase, ax_time = axes
ax_phase.plot(*true_xy.T, **truth, label="true system")
ax_phase.plot(*fitted_xy.T, "--", color="C0", label="fitted neural ODE")
ax_phase.plot(*start_xy.T, ":", color="C1", label="model before training")
ax_phase.plot(x0[0], x0[1], "ko", label="start $x(0)$")
ax_phase.set(xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
ax_phase.set_title("Phase plane")

for i in range(2):
    ax_time.plot(t, true_xy[:, i], **truth)
    label = f"fitted $x_{i + 1}(t)$"
    ax_time.plot(t, fitted_xy[:, i], "--", color=f"C{i}", label=label)
ax_time.set(xlabel="time $t$", ylabel="state")
ax_time.set_title("Both coordinates over time")
ax_time.legend(loc="upper right")
# The phase plane's legend goes below both panels, clear of every curve.
handles, labels = ax_phase.get_legend_handles_labels()
fig.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0), ncol=4)

gap = (fitted_path - true_path).norm(dim=1).max().item()
print(f"plotted {len(times)} states; largest fitted-true distance {gap:.4f}")
