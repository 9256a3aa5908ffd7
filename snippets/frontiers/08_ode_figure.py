import matplotlib.pyplot as plt

fig, (ax_phase, ax_time) = plt.subplots(1, 2, figsize=(10, 4.2), num="neural-ode")
ax_phase.plot(true_path[:, 0], true_path[:, 1], color="black", linewidth=3, alpha=0.35, label="true system")
ax_phase.plot(fitted_path[:, 0], fitted_path[:, 1], "--", color="C0", label="fitted neural ODE")
ax_phase.plot(start_path[:, 0], start_path[:, 1], ":", color="C1", label="model before training")
ax_phase.plot(x0[0], x0[1], "ko", label="start $x_0$")
ax_phase.set(xlabel="$x_1$", ylabel="$x_2$", title="Phase plane", aspect="equal")
ax_phase.legend(loc="lower right", fontsize=9)

for i in range(2):
    ax_time.plot(times, true_path[:, i], color="black", linewidth=3, alpha=0.35)
    ax_time.plot(times, fitted_path[:, i], "--", color=f"C{i}", label=f"fitted $x_{i + 1}(t)$")
ax_time.plot([], [], color="black", linewidth=3, alpha=0.35, label="true")
ax_time.set(xlabel="time $t$", ylabel="state", title="Both coordinates over time")
ax_time.legend(loc="upper right", fontsize=9)

gap = (fitted_path - true_path).norm(dim=1).max().item()
print(f"plotted {len(times)} states; largest distance between fitted and true state: {gap:.4f}")
