import torch
from torch import nn
from torch.utils.checkpoint import checkpoint
from torch.utils.flop_counter import FlopCounterMode

depth, width, batch = 16, 256, 64


def make_mlp(activation=nn.GELU, seed=0):
    torch.manual_seed(seed)

    def layer():
        return nn.Sequential(nn.Linear(width, width), activation())

    return nn.Sequential(*[layer() for _ in range(depth)])


def forward_in_segments(mlp, x, segments):
    """Run the layers as equal pieces; all but the last are checkpointed."""
    size = len(mlp) // segments
    for start in range(0, len(mlp), size):
        piece = mlp[start : start + size]
        # Backward needs the last piece's activations at once: keep them.
        last = start + size == len(mlp)
        x = piece(x) if last else checkpoint(piece, x, use_reentrant=False)
    return x


def measure(mlp, x, segments):
    """Forward + backward: what was saved, what it cost, the gradients."""
    mlp.zero_grad(set_to_none=True)
    calls = [0] * len(mlp)

    def count_calls(k):
        def hook(module, inputs):
            calls[k] += 1

        return hook

    hooks = []
    for k, layer in enumerate(mlp):
        hooks.append(layer.register_forward_pre_hook(count_calls(k)))
    saved = SavedTensorCounter(exclude=mlp.parameters())
    fwd, bwd = FlopCounterMode(display=False), FlopCounterMode(display=False)
    with saved, fwd:
        loss = forward_in_segments(mlp, x, segments).square().mean()
    with bwd:
        loss.backward()
    for hook in hooks:
        hook.remove()
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
plain = measure(mlp, x, segments=1)  # one segment = no checkpointing

matmul_flops = 2 * batch * width * width  # one Linear layer's matmul
activation_bytes = batch * width * 4  # one (batch, width) float32 tensor
n_params = sum(p.numel() for p in mlp.parameters())
fwd_mflop = plain["forward_flops"] / 1e6
bwd_mflop = plain["backward_flops"] / 1e6
print(f"{depth} layers, width {width}, batch {batch}: {n_params:,} parameters")
print(f"forward : {fwd_mflop:6.1f} MFLOP")
ratio = bwd_mflop / fwd_mflop
print(f"backward: {bwd_mflop:6.1f} MFLOP ({ratio:.3f} x forward)")
kib = plain["saved_bytes"] / 1024
print(f"saved: {plain['saved_tensors']} activation tensors, {kib:.0f} KiB")

# Forward: one matmul per layer. Backward: a gradient for every layer's
# weights, and for every layer's input but the first (x needs no gradient).
assert plain["forward_flops"] == depth * matmul_flops
assert plain["backward_flops"] == (2 * depth - 1) * matmul_flops
# Each layer keeps its input (for Linear) and its pre-activation (for GELU);
# the loss keeps the network's output.
assert plain["saved_bytes"] == (2 * depth + 1) * activation_bytes
