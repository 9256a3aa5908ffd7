import torch

x.grad = None
loss = torch.exp(x).sum()
loss.backward(retain_graph=True)  # keep the saved tensors for another pass
loss.backward()  # the last pass may free them
print("x.grad after two passes:", x.grad)
# two passes, accumulated: twice the derivative of exp (exactly: e + e = 2e)
torch.testing.assert_close(x.grad, 2 * torch.exp(x.detach()))
