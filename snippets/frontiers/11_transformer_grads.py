import torch
from torch import nn

d_model, n_heads, d_ff = 16, 4, 32
settings = {"dim_feedforward": d_ff, "dropout": 0.0, "batch_first": True}
f64 = {"dtype": torch.float64}  # float64: every printed digit is certain
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model, n_heads, **settings, **f64)
tokens = torch.randn(2, 5, d_model, **f64)  # (batch, sequence, features)
target = torch.randn(2, 5, d_model, **f64)

layer.train()  # with dropout=0, train mode computes the same as eval mode
with SavedTensorCounter(exclude=layer.parameters()) as saved:
    out = layer(tokens)
loss = (out - target).square().mean()
loss.backward()

row = "{:27}{:>6}{:>9}{:>14}{:>11}"
print(row.format("parameter", "shape", "entries", "grad entries", "grad norm"))
for name, p in layer.named_parameters():
    shape = "×".join(str(s) for s in p.shape)
    g = p.grad
    print(row.format(name, shape, p.numel(), g.numel(), f"{g.norm():.4f}"))
n_tensors = len(list(layer.parameters()))
n_params = sum(p.numel() for p in layer.parameters())
n_grad = sum(p.grad.numel() for p in layer.parameters())
print(f"{n_tensors} parameter tensors, {n_params} parameters, ", end="")
print(f"{n_grad} gradient entries")
kept = saved.distinct_bytes / nbytes(tokens)
print(f"activations saved for backward: {kept:.1f} times the input's bytes")
assert kept > 4  # why one checkpoints whole transformer blocks

qkv = 3 * d_model * d_model + 3 * d_model  # query, key and value projections
attention_out = d_model * d_model + d_model
feed_forward = (d_model * d_ff + d_ff) + (d_ff * d_model + d_model)
norms = 2 * 2 * d_model  # two LayerNorms, each a scale and a shift
for p in layer.parameters():
    assert p.grad is not None and p.grad.shape == p.shape
assert n_params == n_grad == qkv + attention_out + feed_forward + norms

# Independent check of one gradient: out = ... + norm2.bias, so its gradient
# is dL/dout summed over batch and sequence; here dL/dout = 2 (out - target)
# / out.numel() for the mean squared error.
dL_dout = 2 * (out - target) / out.numel()
# Two float64 sums of the same 10 numbers (< 0.1): they differ by ~1e-17,
# far inside assert_close's float64 tolerance (1e-7); a wrong formula for
# the gradient would be off by about its size, 0.1.
torch.testing.assert_close(layer.norm2.bias.grad, dL_dout.sum(dim=(0, 1)))
# The number of heads splits the projections into pieces but adds no parameters.
for heads in (1, 2, 8):
    other = nn.TransformerEncoderLayer(d_model, heads, **settings)
    assert sum(p.numel() for p in other.parameters()) == n_params
# With dropout=0, eval mode returns what train mode returned (eval runs a
# fused kernel: the two differ by float64 round-off, ~1e-15, not by 1e-7).
layer.eval()
with torch.no_grad():
    torch.testing.assert_close(layer(tokens), out.detach())
