import torch

# requires_grad_() switches tracking on for a tensor created without it.
b = torch.zeros(3)
print("b.requires_grad before:", b.requires_grad)
b.requires_grad_()
(b * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print("b.requires_grad after: ", b.requires_grad, "  b.grad =", b.grad)
torch.testing.assert_close(b.grad, torch.tensor([1.0, 2.0, 3.0]))

# The weight gradient of a linear layer under Y.sum(): for Y = X Wᵀ + b,
# ∂(Σ Y)/∂W_ij = Σ_k X_kj, so every row of W.grad is the column sums of X.
torch.manual_seed(0)
layer = torch.nn.Linear(3, 2)
X = torch.randint(-3, 4, (4, 3)).double()  # a batch of 4 small-integer rows
layer(X).sum().backward()
print("X =\n", X)
print("weight.grad =\n", layer.weight.grad)
print("column sums of X:", X.sum(dim=0))
# Integers below 13 in every product and sum: exact in any order.
assert torch.equal(layer.weight.grad, X.sum(dim=0).expand(2, 3))

# requires_grad_(False) freezes a parameter: backward leaves its .grad empty.
layer.zero_grad()
layer.weight.requires_grad_(False)
layer(X).sum().backward()
print("frozen weight.grad:", layer.weight.grad)
print("bias.grad:", layer.bias.grad)
assert layer.weight.grad is None
# each output was summed over the 4 samples of the batch
torch.testing.assert_close(layer.bias.grad, torch.full((2,), 4.0))

# An optimizer's zero_grad() clears gradients by setting them to None.
torch.optim.SGD(layer.parameters(), lr=0.1).zero_grad()
print("after optimizer.zero_grad(): bias.grad =", layer.bias.grad)
assert layer.bias.grad is None
