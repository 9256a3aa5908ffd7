import torch

bias_grad = layer.self_attn.in_proj_bias.grad
query_grad, key_grad, value_grad = bias_grad.split(d_model)
parts = {"query": query_grad, "key": key_grad, "value": value_grad}
for part, piece in parts.items():
    print(f"{part:5} bias: largest gradient entry {piece.abs().max():.1e}")

# Independent check: shift the key bias by a random vector; the output stays.
layer.eval()
torch.manual_seed(1)
shift = torch.randn(d_model)
bias = layer.self_attn.in_proj_bias
with torch.no_grad():
    before = layer(tokens)
    for part, lo in [("key", d_model), ("query", 0)]:
        bias[lo : lo + d_model] += shift
        moved = (layer(tokens) - before).abs().max().item()
        bias[lo : lo + d_model] -= shift
        print(f"shifting the {part:5} bias moves the output by {moved:.1e}")
        assert (moved < 1e-5) == (part == "key")

assert key_grad.abs().max() < 1e-6
assert min(query_grad.abs().max(), value_grad.abs().max()) > 1e-3
