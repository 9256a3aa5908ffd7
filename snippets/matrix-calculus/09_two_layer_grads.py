import torch

torch.manual_seed(4)
n, d_in, d_hidden = 100, 10, 50
X = torch.randn(n, d_in, dtype=torch.float64)  # a batch: one sample per ROW
y = torch.sin(X[:, :1]) + 0.5 * X[:, 1:2] * X[:, 2:3]  # targets, shape (100, 1)

W1 = (torch.randn(d_hidden, d_in, dtype=torch.float64) / d_in**0.5).requires_grad_()
b1 = torch.zeros(d_hidden, dtype=torch.float64, requires_grad=True)
W2 = (torch.randn(1, d_hidden, dtype=torch.float64) / d_hidden**0.5).requires_grad_()
b2 = torch.zeros(1, dtype=torch.float64, requires_grad=True)
params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def net(X, W1, b1, W2, b2):
    H = torch.tanh(X @ W1.T + b1)  # (100, 10) @ (10, 50) -> (100, 50)
    return H @ W2.T + b2  # (100, 50) @ (50, 1) -> (100, 1)


def net_loss(W1, b1, W2, b2):
    return ((net(X, W1, b1, W2, b2) - y) ** 2).mean()


loss = net_loss(**params)
loss.backward()
print(f"batch X {tuple(X.shape)}, targets {tuple(y.shape)}, loss {loss.item():.6f}")
for name, p in params.items():
    assert p.grad.shape == p.shape
    shape, grad_shape = str(tuple(p.shape)), str(tuple(p.grad.shape))
    print(f"{name}: shape {shape:9} grad shape {grad_shape:9} grad norm {p.grad.norm().item():.6f}")

# The same gradients by matrix calculus; each product is the only one whose shapes fit.
with torch.no_grad():
    H = torch.tanh(X @ W1.T + b1)
    G_out = 2 * (H @ W2.T + b2 - y) / n  # ∂loss/∂output, (100, 1)
    G_pre = (G_out @ W2) * (1 - H**2)  # ∂loss/∂(X W1ᵀ + b1), (100, 50)
    by_hand = {"W1": G_pre.T @ X, "b1": G_pre.sum(0), "W2": G_out.T @ H, "b2": G_out.sum(0)}
for name, p in params.items():
    torch.testing.assert_close(p.grad, by_hand[name])
print("autograd = hand-derived matrix formulas for all four gradients: checked")
