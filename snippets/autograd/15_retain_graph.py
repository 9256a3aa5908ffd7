import torch

x.grad = None
loss = torch.exp(x).sum()
loss.backward(retain_graph=True)  # keep the saved tensors for another pass
loss.backward()  # the last pass may free them
print("x.grad after two passes:", x.grad)
# two passes, accumulated: twice the derivative of exp (exactly: e + e = 2e)
torch.testing.assert_close(x.grad, 2 * torch.exp(x.detach()))

# A graph whose nodes saved no tensor has nothing to free: adding a
# constant and summing need no forward values for their backward.
x.grad = None
total = (x + 1).sum()
total.backward()
total.backward()  # no retain_graph, no error
print("(x + 1).sum(), two passes without retain_graph:", x.grad)
torch.testing.assert_close(x.grad, torch.full((3,), 2.0))  # 1 + 1 (exact)
