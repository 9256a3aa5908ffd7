import warnings

import torch

# A leaf and an intermediate result: u = x² elementwise, then z = 2 Σ uᵢ.
leaf = torch.arange(4.0, requires_grad=True)
inner = leaf * leaf  # made by an operation: not a leaf
out = 2 * inner.sum()
out.backward()
print("leaf.is_leaf:", leaf.is_leaf, "  inner.is_leaf:", inner.is_leaf)

# Reading .grad of a non-leaf gives None, with a warning. The build fails
# on any warning a block lets through, so we catch this one and show it.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    inner_grad = inner.grad
print("inner.grad:", inner_grad)
assert inner_grad is None
assert len(caught) == 1 and caught[0].category is UserWarning
message = str(caught[0].message)
assert "not a leaf Tensor" in message and "retain_grad()" in message
print(f"{caught[0].category.__name__}: {message.split('. ')[0]}.")

# retain_grad() asks autograd to keep the gradient of an intermediate result.
leaf.grad = None
inner = leaf * leaf
inner.retain_grad()
out = 2 * inner.sum()
out.backward()
print("with retain_grad(): inner.grad =", inner.grad)
print("                    leaf.grad  =", leaf.grad)
# ∂z/∂uᵢ = 2 and ∂z/∂xᵢ = 2 · 2xᵢ (small integers: exact)
torch.testing.assert_close(inner.grad, torch.full((4,), 2.0))
torch.testing.assert_close(leaf.grad, 4 * leaf.detach())
