import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
with torch.no_grad():
    u = 3 * w  # computed, but not recorded
print("inside no_grad: u.requires_grad =", u.requires_grad)
print("                u.grad_fn =", u.grad_fn)
assert not u.requires_grad and u.grad_fn is None

# A hand-written gradient-descent step on a least-squares loss.
features = torch.tensor([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]])
targets = torch.tensor([1.0, 0.0, 2.0])
loss = ((features @ w - targets) ** 2).mean()
loss.backward()
residual = features @ w.detach() - targets
grad_by_hand = 2 * features.T @ residual / len(targets)
# round-off of a few operations on numbers below 20: ~1e-14
torch.testing.assert_close(w.grad, grad_by_hand)

lr = 0.1
w_before = w.detach().clone()
with torch.no_grad():
    w -= lr * w.grad  # in place on a leaf: allowed only when not recording
w.grad.zero_()
print("w after one step:", w.detach())
print("still a leaf that requires grad:", w.is_leaf and w.requires_grad)
torch.testing.assert_close(w.detach(), w_before - lr * grad_by_hand)
assert w.is_leaf and w.requires_grad

# torch.inference_mode(): no recording either, and its results skip the
# bookkeeping autograd would need later (no version counter), so they may
# never enter a computation that autograd records.
with torch.inference_mode():
    q = 3 * w
print("inside inference_mode: q.requires_grad =", q.requires_grad, end=" ")
print(" q.is_inference() =", q.is_inference())
assert not q.requires_grad and q.grad_fn is None and q.is_inference()
# q · w would have to save q for the gradient with respect to w: refused.
show_error(lambda: q * w, "Inference tensors cannot be saved for backward")
