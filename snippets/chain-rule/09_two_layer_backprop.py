import torch
import torch.nn.functional as F

torch.manual_seed(0)
batch, n_in, n_hidden = 8, 3, 5
X = torch.randn(batch, n_in, dtype=torch.float64)  # one example per row
y = (X[:, :1] + X[:, 1:2] * X[:, 2:3] > 0).double()  # labels, (batch, 1)
W1 = 0.5 * torch.randn(n_in, n_hidden, dtype=torch.float64)  # (in, hidden)
b1 = torch.zeros(n_hidden, dtype=torch.float64)
W2 = 0.5 * torch.randn(n_hidden, 1, dtype=torch.float64)  # (hidden, 1)
b2 = torch.zeros(1, dtype=torch.float64)

# Forward pass, keeping every intermediate.
Z1 = X @ W1 + b1  # (batch, hidden)
H = torch.tanh(Z1)  # (batch, hidden)
z2 = H @ W2 + b2  # (batch, 1)
p = torch.sigmoid(z2)  # (batch, 1)
loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()

# Backward pass by hand, from the loss back to the inputs.
dz2 = (p - y) / batch  # (batch, 1): sigmoid + cross-entropy collapse to p − y
dW2 = H.T @ dz2  # (hidden, 1)
db2 = dz2.sum(0)  # (1,)
dH = dz2 @ W2.T  # (batch, hidden)
dZ1 = dH * (1 - H**2)  # (batch, hidden): tanh'(z) = 1 − tanh²(z)
dW1 = X.T @ dZ1  # (in, hidden)
db1 = dZ1.sum(0)  # (hidden,)
dX = dZ1 @ W1.T  # (batch, in): the gradient with respect to the inputs

# Autograd on copies, with PyTorch's own (logit-based) cross-entropy.
copies = (t.clone().requires_grad_() for t in (W1, b1, W2, b2, X))
W1a, b1a, W2a, b2a, Xa = copies
logits = torch.tanh(Xa @ W1a + b1a) @ W2a + b2a
loss_auto = F.binary_cross_entropy_with_logits(logits, y)
loss_auto.backward()
# Two formulas for one loss, each a few roundings per term (p ∈ [0.29, 0.71],
# so log p and log(1 − p) lose nothing to cancellation): they differ by
# ≤ 1e-14. rtol 1e-12 (≥ 80×); a sign error in either term changes it by 0.3.
torch.testing.assert_close(loss, loss_auto, rtol=1e-12, atol=0.0)

print(f"loss: by hand {loss.item():.10f}   autograd {loss_auto.item():.10f}")
print(f"{'tensor':6s} {'shape':>8s} {'grad shape':>11s} {'‖grad‖':>10s}")
rows = [
    ("W1", W1, dW1, W1a),
    ("b1", b1, db1, b1a),
    ("W2", W2, dW2, W2a),
    ("b2", b2, db2, b2a),
    ("X", X, dX, Xa),
]
# Both sides compute the same products, perhaps summed in other orders: an
# entry (a sum of ≤ 8 products, |X| ≤ 2.4, |dZ1| ≤ 0.07) differs by
# ≤ 8ε·8·2.4·0.07 ≈ 3e-15 at most. tol ≥ 1e-13 (30×); a missing tanh'
# factor or a wrong transpose is off by more than 1e-3.
for name, value, mine, auto in rows:
    shapes = f"{tuple(value.shape)!s:>8s} {tuple(mine.shape)!s:>11s}"
    print(f"{name:6s} {shapes} {mine.norm().item():10.6f}")
    assert mine.shape == value.shape  # a gradient has the shape of its variable
    torch.testing.assert_close(mine, auto.grad, rtol=1e-12, atol=1e-13)
print("hand-written backward = autograd for every tensor, up to round-off")
