import torch
from torch import nn

torch.manual_seed(2)
layer = nn.Linear(3, 2).double()
x = torch.randn(1, 3, dtype=torch.float64)  # a batch of ONE sample with 3 features

J_layer = torch.autograd.functional.jacobian(layer, x)
print(f"input shape {tuple(x.shape)}, output shape {tuple(layer(x).shape)}, Jacobian shape {tuple(J_layer.shape)}")
assert J_layer.shape == layer(x).shape + x.shape == (1, 2, 1, 3)

# Drop the two batch indices: what is left is the 2 x 3 weight matrix, since y = W x + b.
torch.testing.assert_close(J_layer[0, :, 0, :], layer.weight.detach())
print(f"J[0, :, 0, :] =\n{J_layer[0, :, 0, :]}\nlayer.weight =\n{layer.weight.detach()}")

# With a batch of 4 the Jacobian is (4, 2, 4, 3): W on the diagonal blocks, zeros elsewhere.
X4 = torch.randn(4, 3, dtype=torch.float64)
J4 = torch.autograd.functional.jacobian(layer, X4)
assert J4.shape == (4, 2, 4, 3)
blocks = torch.einsum("ik,oj->iokj", torch.eye(4, dtype=torch.float64), layer.weight.detach())
torch.testing.assert_close(J4, blocks)
print(f"batch of 4: Jacobian shape {tuple(J4.shape)}, equal to W on the diagonal blocks, 0 elsewhere")
