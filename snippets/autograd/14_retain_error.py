import torch

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
e = torch.exp(x)
loss = e.sum()
exp_node = loss.grad_fn.next_functions[0][0]  # the node that exp added
saved = exp_node._saved_result  # (eˣ)' = eˣ: exp keeps its own output
print(f"{type(exp_node).__name__} saved its result e:", torch.equal(saved, e))
assert torch.equal(saved, e)
loss.backward()  # uses the saved result, then frees it
# A second pass through the same graph:
show_error(
    loss.backward,
    "backward through the graph a second time",
    "retain_graph=True",
)
