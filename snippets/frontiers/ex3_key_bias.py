import torch

bias_grad = layer.self_attn.in_proj_bias.grad
for part, piece in zip(["query", "key", "value"], bias_grad.split(d_model)):
    print(f"{part:5} bias: largest gradient entry {piece.abs().max().item():.1e}")

# Independent check: shift the key bias by a random vector; the layer's output does not move.
layer.eval()
torch.manual_seed(1)
shift = torch.randn(d_model)
with torch.no_grad():
    before = layer(tokens)
    for part, lo in [("key", d_model), ("query", 0)]:
        layer.self_attn.in_proj_bias[lo : lo + d_model] += shift
        moved = (layer(tokens) - before).abs().max().item()
        layer.self_attn.in_proj_bias[lo : lo + d_model] -= shift
        print(f"shifting the {part:5} bias moves the output by at most {moved:.1e}")
        assert (moved < 1e-5) == (part == "key")

query_grad, key_grad, value_grad = bias_grad.split(d_model)
assert key_grad.abs().max() < 1e-6 < 1e-3 < min(query_grad.abs().max(), value_grad.abs().max())
