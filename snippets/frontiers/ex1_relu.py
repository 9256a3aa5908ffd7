from torch import nn

relu_mlp = make_mlp(nn.ReLU)
relu_runs = {n: measure(relu_mlp, x, segments=n) for n in [1, 2, 4, 8, 16]}
for n, run in relu_runs.items():
    kib = run["saved_bytes"] / 1024
    count = run["saved_tensors"]
    print(f"ReLU, {n:2d} segments: {count:2d} activations, {kib:5.0f} KiB")

saved = {n: run["saved_bytes"] for n, run in relu_runs.items()}
for n, nbytes in saved.items():
    # ReLU keeps its output, which is also the next Linear's input: one
    # tensor per layer instead of two.
    assert nbytes == ((n - 1) + depth // n + 1) * activation_bytes
assert saved[16] == saved[1]  # checkpointing every layer gains nothing
assert saved[4] < saved[1] / 2
