import torch

torch.manual_seed(4)
n, d_in, d_hidden = 100, 10, 50
X = torch.randn(n, d_in, dtype=torch.float64)  # one sample per ROW
y = torch.sin(X[:, :1]) + 0.5 * X[:, 1:2] * X[:, 2:3]  # shape (100, 1)

scale1, scale2 = d_in**-0.5, d_hidden**-0.5
W1 = torch.randn(d_hidden, d_in, dtype=torch.float64) * scale1
b1 = torch.zeros(d_hidden, dtype=torch.float64)
W2 = torch.randn(1, d_hidden, dtype=torch.float64) * scale2
b2 = torch.zeros(1, dtype=torch.float64)
params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
for p in params.values():
    p.requires_grad_()


def net(X, W1, b1, W2, b2):
    Z = torch.tanh(X @ W1.T + b1)  # (100, 10) @ (10, 50) -> (100, 50)
    return Z @ W2.T + b2  # (100, 50) @ (50, 1) -> (100, 1)


def net_loss(W1, b1, W2, b2):
    return ((net(X, W1, b1, W2, b2) - y) ** 2).mean()


# The broken version, W1 @ X, multiplies (50, 10) by (100, 10): undefined.
try:
    W1 @ X
except RuntimeError as err:
    print(f"W1 @ X with shapes {tuple(W1.shape)} and {tuple(X.shape)} fails:")
    print(f"    RuntimeError: {err}")
    assert "cannot be multiplied" in str(err)
else:
    raise AssertionError("W1 @ X should have failed")

# tanh and sin may differ in their last bits between CPUs, and sums in their
# order: the loss and the gradient norms move by < 1e-13, far below the
# 6 printed decimals.
loss = net_loss(**params)
loss.backward()
print(f"batch X {tuple(X.shape)}, targets {tuple(y.shape)}")
print(f"loss {loss.item():.6f}")
for name, p in params.items():
    assert p.grad.shape == p.shape
    shape, norm = str(tuple(p.shape)), p.grad.norm().item()
    print(f"{name}: shape = grad shape = {shape:8}  grad norm {norm:.6f}")

# The same gradients by matrix calculus: here (n = 100 samples, 10 features)
# each product is the only one of the available matrices whose shapes fit.
with torch.no_grad():
    Z = torch.tanh(X @ W1.T + b1)
    G_out = 2 * (Z @ W2.T + b2 - y) / n  # ∂L/∂output, (100, 1)
    G_pre = (G_out @ W2) * (1 - Z**2)  # ∂L/∂(XW1ᵀ + b1), (100, 50)
    by_hand = {
        "W1": G_pre.T @ X,  # (50, 100) @ (100, 10)
        "b1": G_pre.sum(0),
        "W2": G_out.T @ Z,  # (1, 100) @ (100, 50)
        "b2": G_out.sum(0),
    }
# Both sides agree to round-off (< 1e-13), far inside assert_close's 1e-7;
# a missing 1 − Z² or 2/n is off by ≥ 0.01.
for name, p in params.items():
    torch.testing.assert_close(p.grad, by_hand[name])
print("autograd = hand-derived matrix formulas, all four: checked")
