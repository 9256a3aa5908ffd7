import torch

bias_grad = layer.self_attn.in_proj_bias.grad
query_grad, key_grad, value_grad = bias_grad.split(d_model)
# The key part is zero in exact arithmetic. In float64 each entry adds up 10
# terms (one per token) of size < 0.01 that cancel, each with round-off of a
# few eps times that size: far below 1e-14. We assert 1e-12, while the query
# and value parts are 1e-3 or more.
assert key_grad.abs().max() < 1e-12
assert min(query_grad.abs().max(), value_grad.abs().max()) > 1e-3
for part, piece in [("query", query_grad), ("value", value_grad)]:
    print(f"{part:5} bias: largest gradient entry {piece.abs().max():.1e}")
print("key   bias: every gradient entry below 1e-12, zero up to round-off")

# Independent check: shift the key bias by a random vector; the output stays.
layer.eval()
torch.manual_seed(1)
shift = torch.randn(d_model, dtype=torch.float64)
bias = layer.self_attn.in_proj_bias
with torch.no_grad():
    before = layer(tokens)
    for part, lo in [("key", d_model), ("query", 0)]:
        bias[lo : lo + d_model] += shift
        moved = (layer(tokens) - before).abs().max().item()
        bias[lo : lo + d_model] -= shift
        # The key shift adds one number (q·shift/2, below 2 here) to a whole
        # row of scores: the softmax changes only by round-off, a few eps
        # times the scores' size, and the output by far less than 1e-12.
        # The query shift moves it by more than 0.1.
        assert (moved < 1e-12) == (part == "key")
        if part == "key":
            print("shifting the key   bias moves the output by < 1e-12")
        else:
            print(f"shifting the query bias moves the output by {moved:.1e}")
