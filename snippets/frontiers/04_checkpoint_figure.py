import matplotlib.pyplot as plt

counts = list(runs)
saved_kib = [runs[n]["saved_bytes"] / 1024 for n in counts]
extra = [runs[n]["recompute_flops"] / 1e6 for n in counts]
reference = {"color": "grey", "linestyle": "--"}

fig, axes = plt.subplots(1, 2, figsize=(8, 3.8), num="checkpoint-memory")
fig.suptitle(f"Gradient checkpointing a {depth}-layer MLP: memory against work")
ax_mem, ax_cost = axes
ax_mem.plot(counts, saved_kib, "o-", label="measured with hooks")
ax_mem.axhline(saved_kib[0], **reference, label="no checkpointing")
ax_mem.set(xlabel="number of segments", ylabel="saved activations (KiB)")
ax_mem.set(title="Held when the forward pass ends")
ax_mem.set(ylim=(0, 1.1 * saved_kib[0]))
ax_mem.legend(loc="lower left")

ax_cost.plot(counts, extra, "o-", color="C1", label="recomputed in backward")
ax_cost.axhline(fwd_mflop, **reference, label="one forward pass")
ax_cost.set(xlabel="number of segments", ylabel="extra forward MFLOP")
ax_cost.set(title="Price: recomputation", ylim=(0, 1.1 * fwd_mflop))
ax_cost.legend(loc="lower right")
for ax in (ax_mem, ax_cost):
    ax.set_xscale("log")
    ax.set_xticks(counts, [str(n) for n in counts])
    ax.minorticks_off()

print(f"segments {counts}")
print(f"saved KiB {[round(v) for v in saved_kib]}")
print(f"recomputed MFLOP {[round(v, 1) for v in extra]}")
print(f"one forward pass: {fwd_mflop:.1f} MFLOP")
