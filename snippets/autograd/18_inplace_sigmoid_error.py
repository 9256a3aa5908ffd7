import torch

x = torch.tensor([0.5, -1.0], requires_grad=True)
a = torch.sigmoid(x)  # backward needs this output: σ' = σ(1 − σ)
print("a._version before mul_:", a._version)
a.mul_(2)  # overwrites the saved output and bumps its version counter
print("a._version after mul_: ", a._version)
assert a._version == 1
show_error(
    a.sum().backward,
    "modified by an inplace operation",
    "is at version 1; expected version 0",
)
