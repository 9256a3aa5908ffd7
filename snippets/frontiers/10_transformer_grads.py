import torch
from torch import nn

d_model, n_heads, d_ff = 16, 4, 32
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(d_model, n_heads, dim_feedforward=d_ff, dropout=0.0, batch_first=True)
tokens = torch.randn(2, 5, d_model)  # (batch, sequence, features)
target = torch.randn(2, 5, d_model)

layer.train()  # with dropout=0 training mode is deterministic: it computes the same as eval mode
out = layer(tokens)
loss = (out - target).square().mean()
loss.backward()

print(f"{'parameter':28} {'shape':>9} {'entries':>8} {'grad entries':>13} {'grad norm':>10}")
for name, p in layer.named_parameters():
    shape = "×".join(str(s) for s in p.shape)
    print(f"{name:28} {shape:>9} {p.numel():8d} {p.grad.numel():13d} {p.grad.norm().item():10.4f}")
n_params = sum(p.numel() for p in layer.parameters())
n_grad = sum(p.grad.numel() for p in layer.parameters())
print(f"{len(list(layer.parameters()))} parameter tensors, {n_params} parameters, {n_grad} gradient entries")

attention = 3 * d_model * d_model + 3 * d_model + d_model * d_model + d_model  # q, k, v and output projections
feed_forward = d_model * d_ff + d_ff + d_ff * d_model + d_model  # linear1 and linear2
norms = 2 * 2 * d_model  # two LayerNorms, each a scale and a shift
assert all(p.grad is not None and p.grad.shape == p.shape for p in layer.parameters())
assert n_params == n_grad == attention + feed_forward + norms
# Independent check of one gradient: out = ... + norm2.bias, so its gradient is dL/dout summed over
# batch and sequence, with dL/dout = 2 (out - target) / (number of entries) for the mean squared error.
torch.testing.assert_close(layer.norm2.bias.grad, (2 * (out - target) / out.numel()).sum(dim=(0, 1)))
# The number of heads splits the projections into pieces but adds no parameters.
for heads in (1, 2, 8):
    other = nn.TransformerEncoderLayer(d_model, heads, dim_feedforward=d_ff, dropout=0.0, batch_first=True)
    assert sum(p.numel() for p in other.parameters()) == n_params
layer.eval()
with torch.no_grad():
    torch.testing.assert_close(layer(tokens), out.detach())
