import torch
from torch import nn

torch.manual_seed(2)
layer = nn.Linear(3, 2).double()  # weight (2, 3), bias (2,)
X = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)  # batch of 4
T = torch.randn(4, 2, dtype=torch.float64)  # targets
Y = layer(X)  # Y = X Wᵀ + b, shape (4, 2)
loss = ((Y - T) ** 2).mean()  # mean over all 8 entries
loss.backward()

print(f"     Y: value {tuple(Y.shape)}")
for name, t in [("X", X), ("weight", layer.weight), ("bias", layer.bias)]:
    print(f"{name:>6}: value {tuple(t.shape)}, gradient {tuple(t.grad.shape)}")
    assert t.grad.shape == t.shape  # a gradient has the shape of its tensor

# Closed forms, with G = ∂loss/∂Y = 2(Y − T)/8 computed by hand
G = (2 * (Y - T) / Y.numel()).detach()
W = layer.weight.detach()
torch.testing.assert_close(layer.weight.grad, G.T @ X.detach())  # (2,4) @ (4,3)
torch.testing.assert_close(layer.bias.grad, G.sum(dim=0))  # sum over the batch
torch.testing.assert_close(X.grad, G @ W)  # (4,2) @ (2,3)
print("weight.grad = Gᵀ X:")
print(layer.weight.grad)
print("bias.grad = G summed over the batch:")
print(layer.bias.grad)
