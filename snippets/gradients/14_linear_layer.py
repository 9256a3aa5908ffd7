import torch
from torch import nn

torch.manual_seed(2)
# float64 from the start: the random initial weights may then differ from
# one machine to another in the last bit only, far below the 4 digits
# printed below (a float32 init would differ in the 8th digit).
layer = nn.Linear(3, 2, dtype=torch.float64)  # weight (2, 3), bias (2,)
X = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)  # batch of 4
Y = torch.randn(4, 2, dtype=torch.float64)  # targets
Y_hat = layer(X)  # predictions Ŷ = X Wᵀ + b, shape (4, 2)
L = ((Y_hat - Y) ** 2).mean()  # mean over all 8 entries
L.backward()

print(f"     Ŷ: value {tuple(Y_hat.shape)}")
for name, t in [("X", X), ("weight", layer.weight), ("bias", layer.bias)]:
    print(f"{name:>6}: value {tuple(t.shape)}, gradient {tuple(t.grad.shape)}")
    assert t.grad.shape == t.shape  # ∂L/∂t has the shape of t

# Closed forms, with G = ∂L/∂Ŷ = 2(Ŷ − Y)/8 computed by hand
G = (2 * (Y_hat - Y) / Y_hat.numel()).detach()
W = layer.weight.detach()
# Both sides sum ≤ 4 products of size ≤ 1, off by ≤ 4·eps ≈ 1e-15: tol 1e-12
# (1000×); a transposed or unsummed formula fails on shape or by O(0.1).
close = {"rtol": 0, "atol": 1e-12}
torch.testing.assert_close(layer.weight.grad, G.T @ X.detach(), **close)
torch.testing.assert_close(layer.bias.grad, G.sum(dim=0), **close)  # batch sum
torch.testing.assert_close(X.grad, G @ W, **close)  # (4,2) @ (2,3)
print("weight.grad = Gᵀ X:")
print(layer.weight.grad)
print("bias.grad = G summed over the batch:")
print(layer.bias.grad)
