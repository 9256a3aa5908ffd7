import math

import torch

segment_counts = [1, 2, 4, 8, 16]
runs = {n: measure(mlp, x, segments=n) for n in segment_counts}

print("segments  layers/segment  saved tensors  saved KiB  recompute MFLOP  forward calls per layer")
for n, run in runs.items():
    recompute = run["backward_flops"] - plain["backward_flops"]
    calls = "".join(str(c) for c in run["calls"])
    print(f"{n:8d}  {depth // n:14d}  {run['saved_tensors']:13d}  {run['saved_bytes'] / 1024:9.0f}  ", end="")
    print(f"{recompute / 1e6:15.1f}  {calls}")

for n, run in runs.items():
    size = depth // n
    # Same arithmetic, same order: the gradients agree bit for bit.
    assert all(torch.equal(g, g0) for g, g0 in zip(run["grads"], plain["grads"]))
    # Saved: the input of each checkpointed segment, the last segment's activations, the loss input.
    assert run["saved_bytes"] == ((n - 1) + 2 * size + 1) * activation_bytes
    # Recomputed: one extra forward pass through every checkpointed layer, found by FLOP counting
    # and, independently, by counting how often each layer ran.
    assert run["backward_flops"] - plain["backward_flops"] == (depth - size) * matmul_flops
    assert run["calls"] == [2] * (depth - size) + [1] * size
    if n > 1:
        assert run["saved_bytes"] < plain["saved_bytes"]

best = min(segment_counts, key=lambda n: runs[n]["saved_bytes"])
ratio = plain["saved_bytes"] / runs[best]["saved_bytes"]
print(f"least memory with {best} segments: {ratio:.2f}x less than without checkpointing")
print(f"the formula's best segment count sqrt(2 * depth) = {math.sqrt(2 * depth):.2f}")
assert best in (4, 8) and 4 < math.sqrt(2 * depth) < 8
