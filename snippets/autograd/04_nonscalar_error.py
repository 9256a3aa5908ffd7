import textwrap

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x  # three outputs, not one
try:
    y.backward()
except RuntimeError as err:
    caught = err
else:
    raise AssertionError("backward() on a vector output should have failed")

print(type(caught).__name__)
print(textwrap.fill(str(caught), width=88))
assert type(caught) is RuntimeError
assert "only for scalar outputs" in str(caught)
