import matplotlib.pyplot as plt

counts = list(runs)
saved_kib = [runs[n]["saved_bytes"] / 1024 for n in counts]
recompute_mflop = [(runs[n]["backward_flops"] - plain["backward_flops"]) / 1e6 for n in counts]

fig, (ax_mem, ax_cost) = plt.subplots(1, 2, figsize=(10, 4), num="checkpoint-memory")
ax_mem.plot(counts, saved_kib, "o-", label="measured (saved-tensor hooks)")
ax_mem.axhline(saved_kib[0], color="grey", linestyle="--", label="no checkpointing")
ax_mem.set(xscale="log", xlabel="number of segments", ylabel="activations saved for backward (KiB)")
ax_mem.set_title("Memory kept between forward and backward")
ax_mem.set_ylim(0, 1.1 * saved_kib[0])
ax_mem.legend(loc="lower left")

forward_mflop = plain["forward_flops"] / 1e6
ax_cost.plot(counts, recompute_mflop, "o-", color="C1", label="recomputed in backward")
ax_cost.axhline(forward_mflop, color="grey", linestyle="--", label="one full forward pass")
ax_cost.set(xscale="log", xlabel="number of segments", ylabel="extra forward MFLOP")
ax_cost.set_title("Price: recomputation")
ax_cost.set_ylim(0, 1.1 * forward_mflop)
ax_cost.legend(loc="lower right")
for ax in (ax_mem, ax_cost):
    ax.set_xticks(counts, [str(n) for n in counts])
    ax.minorticks_off()

print(f"plotted {len(counts)} segment counts: saved KiB {[round(v) for v in saved_kib]}")
print(f"recomputed MFLOP {[round(v, 1) for v in recompute_mflop]}, forward pass {forward_mflop:.1f} MFLOP")
