import textwrap

import torch

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
loss = torch.exp(x).sum()  # exp saves its output for the backward pass
loss.backward()
try:
    loss.backward()  # a second pass through the same graph
except RuntimeError as err:
    caught = err
else:
    raise AssertionError("a second backward() should have failed")

print(type(caught).__name__)
print(textwrap.fill(str(caught), width=88))
assert type(caught) is RuntimeError
assert "backward through the graph a second time" in str(caught)
assert "retain_graph=True" in str(caught)
