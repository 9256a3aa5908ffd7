import textwrap

loss = ((features @ w - targets) ** 2).mean()
loss.backward()
try:
    w -= lr * w.grad  # the same update, forgetting torch.no_grad()
except RuntimeError as err:
    caught = err
else:
    raise AssertionError("an in-place update of a leaf that requires grad should have failed")

print(type(caught).__name__)
print(textwrap.fill(str(caught), width=88))
assert type(caught) is RuntimeError
assert "leaf Variable that requires grad is being used in an in-place operation" in str(caught)
