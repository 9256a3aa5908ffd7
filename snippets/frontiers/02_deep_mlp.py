import torch
from torch import nn
from torch.utils.checkpoint import checkpoint
from torch.utils.flop_counter import FlopCounterMode

depth, width, batch = 16, 256, 64


def make_mlp(activation=nn.GELU, seed=0):
    torch.manual_seed(seed)
    return nn.Sequential(*[nn.Sequential(nn.Linear(width, width), activation()) for _ in range(depth)])


def forward_in_segments(mlp, x, segments):
    """Run the layers as `segments` equal pieces; every piece but the last is checkpointed."""
    size = len(mlp) // segments
    for start in range(0, len(mlp), size):
        piece = mlp[start : start + size]
        if start + size < len(mlp):
            x = checkpoint(piece, x, use_reentrant=False)
        else:  # the last piece's activations are needed at once by backward: keep them
            x = piece(x)
    return x


def measure(mlp, x, segments):
    """One forward + backward; what was saved, what it cost, and the gradients."""
    mlp.zero_grad(set_to_none=True)
    calls = [0] * len(mlp)

    def count_calls(k):
        def hook(module, inputs):
            calls[k] += 1

        return hook

    handles = [layer.register_forward_pre_hook(count_calls(k)) for k, layer in enumerate(mlp)]
    with SavedTensorCounter(exclude=mlp.parameters()) as saved, FlopCounterMode(display=False) as fwd:
        loss = forward_in_segments(mlp, x, segments).square().mean()
    with FlopCounterMode(display=False) as bwd:
        loss.backward()
    for handle in handles:
        handle.remove()
    return {
        "saved_bytes": saved.distinct_bytes,
        "saved_tensors": len(saved.storages),
        "forward_flops": fwd.get_total_flops(),
        "backward_flops": bwd.get_total_flops(),
        "calls": calls,
        "grads": [p.grad.clone() for p in mlp.parameters()],
    }


mlp = make_mlp()
torch.manual_seed(1)
x = torch.randn(batch, width)
plain = measure(mlp, x, segments=1)  # one segment = no checkpointing at all

matmul_flops = 2 * batch * width * width  # one Linear layer's matmul
activation_bytes = batch * width * 4  # one (batch, width) float32 tensor
n_params = sum(p.numel() for p in mlp.parameters())
print(f"{depth} layers of width {width}, batch {batch}: {n_params:,} parameters")
print(f"forward : {plain['forward_flops'] / 1e6:8.1f} MFLOP")
print(f"backward: {plain['backward_flops'] / 1e6:8.1f} MFLOP  (ratio {plain['backward_flops'] / plain['forward_flops']:.3f})")
print(f"saved for backward: {plain['saved_tensors']} activation tensors, {plain['saved_bytes'] / 1024:.0f} KiB")

# Forward: one matmul per layer. Backward: a gradient for the weights of every layer and for the
# input of every layer but the first (x needs no gradient).
assert plain["forward_flops"] == depth * matmul_flops
assert plain["backward_flops"] == (2 * depth - 1) * matmul_flops
# Each layer keeps its input (for Linear) and its pre-activation (for GELU); the loss keeps the output.
assert plain["saved_bytes"] == (2 * depth + 1) * activation_bytes
