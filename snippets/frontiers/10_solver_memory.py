saved_by_steps = {}
for n in [25, 50, 100, 200]:
    with SavedTensorCounter(exclude=field.parameters()) as saved:
        loss = (rk4(field, x0, T / n, n)[-1] - true_path[-1]).square().sum()
    saved_by_steps[n] = saved.distinct_bytes
    print(f"{n:3d} RK4 steps: {len(saved.storages):5d} tensors saved, ", end="")
    print(f"{saved.distinct_bytes:7d} bytes")

per_step = (saved_by_steps[200] - saved_by_steps[100]) / 100
print(f"each extra step costs {per_step:.0f} bytes of saved tensors")
# Each step calls the network 4 times; each call keeps its 2 inputs and its
# 16 tanh outputs, 8 bytes each (float64).
assert per_step == 4 * (2 + 16) * 8
# Backprop through the solver stores that much for every step: linear growth.
for n in [25, 50, 100]:
    assert saved_by_steps[2 * n] - saved_by_steps[n] == per_step * n
