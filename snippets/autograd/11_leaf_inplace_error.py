import textwrap

loss = ((features @ w - targets) ** 2).mean()
loss.backward()
try:
    w -= lr * w.grad  # the same update, forgetting torch.no_grad()
except RuntimeError as err:
    caught = err
else:
    raise AssertionError("the in-place update should have failed")

print(type(caught).__name__)
print(textwrap.fill(str(caught), width=88))
assert type(caught) is RuntimeError
assert "leaf Variable that requires grad" in str(caught)
assert "in-place operation" in str(caught)
