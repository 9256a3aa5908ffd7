import textwrap

import torch

x = torch.tensor([0.5, -1.0], requires_grad=True)
a = torch.sigmoid(x)  # backward needs this output: σ' = σ(1 − σ)
print("a._version before mul_:", a._version)
a.mul_(2)  # overwrites the saved output and bumps its version counter
print("a._version after mul_: ", a._version)
assert a._version == 1
try:
    a.sum().backward()
except RuntimeError as err:
    caught = err
else:
    raise AssertionError("backward should have failed")

print(type(caught).__name__)
print(textwrap.fill(str(caught), width=88))
assert type(caught) is RuntimeError
assert "modified by an inplace operation" in str(caught)
assert "is at version 1; expected version 0" in str(caught)
