from torch import nn

relu_mlp = make_mlp(nn.ReLU)
relu_runs = {n: measure(relu_mlp, x, segments=n) for n in [1, 2, 4, 8, 16]}
for n, run in relu_runs.items():
    print(f"ReLU, {n:2d} segments: {run['saved_tensors']:2d} activation tensors, {run['saved_bytes'] / 1024:5.0f} KiB")

for n, run in relu_runs.items():
    # ReLU keeps its output, which is also the next Linear's input: one tensor per layer, not two.
    assert run["saved_bytes"] == ((n - 1) + depth // n + 1) * activation_bytes
assert relu_runs[16]["saved_bytes"] == relu_runs[1]["saved_bytes"]  # checkpointing every layer gains nothing
assert relu_runs[4]["saved_bytes"] < relu_runs[1]["saved_bytes"] / 2
