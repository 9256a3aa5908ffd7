import math

import torch

segment_counts = [1, 2, 4, 8, 16]
runs = {n: measure(mlp, x, segments=n) for n in segment_counts}
for run in runs.values():
    run["recompute_flops"] = run["backward_flops"] - plain["backward_flops"]

print("segments  saved tensors  saved KiB  recompute MFLOP  calls per layer")
for n, run in runs.items():
    kib, mflop = run["saved_bytes"] / 1024, run["recompute_flops"] / 1e6
    calls = "".join(str(c) for c in run["calls"])
    count = run["saved_tensors"]
    print(f"{n:8d}  {count:13d}  {kib:9.0f}  {mflop:15.1f}  {calls}")

plain_step = plain["forward_flops"] + plain["backward_flops"]
for n, run in runs.items():
    size = depth // n  # layers per segment
    # The recomputation runs the same deterministic CPU kernels on the same
    # bits (same shapes, 64-byte-aligned buffers, same thread count), so it
    # reproduces every activation exactly and the gradients agree bit for bit.
    # Kernels that are not deterministic would give agreement to round-off.
    pairs = zip(run["grads"], plain["grads"], strict=True)
    assert all(torch.equal(g, g0) for g, g0 in pairs)
    # Saved: the input of each checkpointed segment, the last segment's
    # activations, the loss's input.
    assert run["saved_bytes"] == ((n - 1) + 2 * size + 1) * activation_bytes
    # Recomputed: one more forward pass through each checkpointed layer, found
    # by counting FLOPs and, independently, by counting calls of each layer.
    assert run["recompute_flops"] == (depth - size) * matmul_flops
    assert run["calls"] == [2] * (depth - size) + [1] * size
    if n > 1:
        assert run["saved_bytes"] < plain["saved_bytes"]
    # Forward + backward + recomputation: at most 4/3 of a plain step.
    assert run["forward_flops"] + run["backward_flops"] <= 4 / 3 * plain_step

least = min(run["saved_bytes"] for run in runs.values())
best = [n for n, run in runs.items() if run["saved_bytes"] == least]
gain = plain["saved_bytes"] / least
print(f"least memory with {best} segments: {gain:.2f}x less than none")
print(f"the formula's optimum sqrt(2 * depth) = {math.sqrt(2 * depth):.2f}")
# a tie between the two segment counts on either side of sqrt(2L):
assert best == [4, 8] and 4 < math.sqrt(2 * depth) < 8
