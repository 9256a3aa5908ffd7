import matplotlib.pyplot as plt

titles = {
    "many inputs": "f: ℝⁿ → ℝ (one output)",
    "many outputs": "g: ℝ → ℝᵐ (one input)",
}
xlabels = {
    "many inputs": "number of inputs n",
    "many outputs": "number of outputs m",
}
fig, axes = plt.subplots(1, 2, num="cost", figsize=(9.0, 3.9), sharey=True)
for ax, (case, rows) in zip(axes, sweep.items(), strict=True):
    d = [r[0] for r in rows]
    ax.plot(d, [r[2] / r[1] for r in rows], "o-", label="jacrev (reverse mode)")
    ax.plot(d, [r[3] / r[1] for r in rows], "s-", label="jacfwd (forward mode)")
    ax.plot(d, d, ":", color="grey", label="the dimension itself")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log", base=2)
    ax.set_xticks(dims, [str(v) for v in dims])
    ax.set_yticks(dims, [str(v) for v in dims])
    ax.set_title(titles[case])
    ax.set_xlabel(xlabels[case])
axes[0].set_ylabel("cost of Jacobian ÷ cost of function")
axes[0].legend(loc="upper left")
for case, rows in sweep.items():
    d, c0, cr, cf = rows[-1]
    print(f"{case}, dim {d}: jacrev {cr / c0:.2f}, jacfwd {cf / c0:.2f}")
