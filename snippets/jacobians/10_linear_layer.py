import torch
from torch import nn

torch.manual_seed(2)
layer = nn.Linear(3, 2)  # float64 parameters: the default dtype on this page
# (their random init may differ between machines in the last bit, ≈ 1e-16,
# far below the 4 digits printed below)
x = torch.randn(1, 3)  # a batch of ONE sample with 3 features
W = layer.weight.detach()

J_layer = torch.autograd.functional.jacobian(layer, x)
print(f"input shape    {tuple(x.shape)}")
print(f"output shape   {tuple(layer(x).shape)}")
print(f"Jacobian shape {tuple(J_layer.shape)} = output shape + input shape")
assert J_layer.shape == layer(x).shape + x.shape == (1, 2, 1, 3)

# Drop the two batch indices: left is the 2 x 3 weight W, since the layer
# computes W x + b for each sample.
# Exactly W: each entry is a sum of products with 1 and 0, never rounded.
assert torch.equal(J_layer[0, :, 0, :], W)
print(f"J[0, :, 0, :] =\n{J_layer[0, :, 0, :]}\nlayer.weight =\n{W}")

# A batch of 4: shape (4, 2, 4, 3), W on the diagonal blocks, 0 elsewhere.
X4 = torch.randn(4, 3)
J4 = torch.autograd.functional.jacobian(layer, X4)
assert J4.shape == (4, 2, 4, 3)
assert torch.equal(J4, torch.einsum("ik,oj->iokj", torch.eye(4), W))  # exact
print(f"batch of 4: shape {tuple(J4.shape)}, W on the diagonal blocks, 0 off")
