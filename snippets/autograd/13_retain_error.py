import torch

x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
loss = torch.exp(x).sum()  # exp saves its output for the backward pass
loss.backward()
# A second pass through the same graph:
show_error(loss.backward, "backward through the graph a second time", "retain_graph=True")
