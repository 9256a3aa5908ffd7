import textwrap

import torch

e = torch.exp(x)  # exp also saves its output: (eˣ)' = eˣ
e += 1  # `+=` on a tensor is in place too
try:
    e.sum().backward()
except RuntimeError as err:
    caught = err
else:
    raise AssertionError("backward should have failed")

print(type(caught).__name__)
print(textwrap.fill(str(caught), width=88))
assert type(caught) is RuntimeError
assert "modified by an inplace operation" in str(caught)
