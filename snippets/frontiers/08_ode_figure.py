import matplotlib.pyplot as plt

truth = {"color": "black", "linewidth": 3, "alpha": 0.35}
fig, axes = plt.subplots(1, 2, figsize=(8, 3.8), num="neural-ode")
ax_phase, ax_time = axes
ax_phase.plot(*true_path.T, **truth, label="true system")
ax_phase.plot(*fitted_path.T, "--", color="C0", label="fitted neural ODE")
ax_phase.plot(*start_path.T, ":", color="C1", label="model before training")
ax_phase.plot(x0[0], x0[1], "ko", label="start $x_0$")
ax_phase.set(xlabel="$x_1$", ylabel="$x_2$", aspect="equal")
ax_phase.set_title("Phase plane")

for i in range(2):
    ax_time.plot(times, true_path[:, i], **truth)
    label = f"fitted $x_{i + 1}(t)$"
    ax_time.plot(times, fitted_path[:, i], "--", color=f"C{i}", label=label)
ax_time.set(xlabel="time $t$", ylabel="state")
ax_time.set_title("Both coordinates over time")
ax_time.legend(loc="upper right")
# The phase plane's legend goes below both panels, clear of every curve.
handles, labels = ax_phase.get_legend_handles_labels()
fig.legend(handles, labels, loc="upper center", bbox_to_anchor=(0.5, 0), ncol=4)

gap = (fitted_path - true_path).norm(dim=1).max().item()
print(f"plotted {len(times)} states; largest fitted-true distance {gap:.4f}")
