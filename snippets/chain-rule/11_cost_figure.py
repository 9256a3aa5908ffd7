import matplotlib.pyplot as plt

fig, axes = plt.subplots(1, 2, num="cost", figsize=(9.0, 3.9), sharey=True)
titles = {"many inputs": "f: ℝⁿ → ℝ (one output)", "many outputs": "g: ℝ → ℝᵐ (one input)"}
for ax, (case, rows) in zip(axes, sweep.items(), strict=True):
    d = [r[0] for r in rows]
    ax.plot(d, [r[2] / r[1] for r in rows], "o-", label="jacrev (reverse mode)")
    ax.plot(d, [r[3] / r[1] for r in rows], "s-", label="jacfwd (forward mode)")
    ax.plot(d, d, ":", color="grey", label="dimension itself")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log", base=2)
    ax.set_xticks(dims, [str(v) for v in dims])
    ax.set_yticks(dims, [str(v) for v in dims])
    ax.set_title(titles[case])
    ax.set_xlabel("number of inputs n" if case == "many inputs" else "number of outputs m")
axes[0].set_ylabel("cost of Jacobian ÷ cost of f")
axes[0].legend(loc="upper left")
last = {case: rows[-1] for case, rows in sweep.items()}
print(
    f"at dimension {dims[-1]}: one output -> jacrev {last['many inputs'][2] / last['many inputs'][1]:.2f}, "
    f"jacfwd {last['many inputs'][3] / last['many inputs'][1]:.2f} forward passes; "
    f"one input -> jacrev {last['many outputs'][2] / last['many outputs'][1]:.2f}, "
    f"jacfwd {last['many outputs'][3] / last['many outputs'][1]:.2f}"
)
