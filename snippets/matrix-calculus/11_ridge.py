import torch

torch.manual_seed(3)
n, d, k = 200, 5, 3  # samples, features, outputs
X = torch.randn(n, d, dtype=torch.float64)  # data, one sample per row
W_true = torch.randn(d, k, dtype=torch.float64)
noise = 0.1 * torch.randn(n, k, dtype=torch.float64)
Y = X @ W_true + noise  # targets
lam = 0.5  # strength λ of the penalty


def model(X, W):
    """A linear model: (n, d) @ (d, k) -> (n, k) predictions."""
    return X @ W


def ridge_loss(W, X, Y, lam):
    """‖XW − Y‖²_F + λ‖W‖²_F"""
    residual = model(X, W) - Y
    return (residual**2).sum() + lam * (W**2).sum()


W = torch.randn(d, k, dtype=torch.float64, requires_grad=True)
loss = ridge_loss(W, X, Y, lam)
loss.backward()

W0 = W.detach()
closed_form = 2 * X.T @ (X @ W0 - Y) + 2 * lam * W0
assert W.grad.shape == W.shape
# Round-off (sums of ≤ 600 terms) ≤ 1e-9 in the loss, the gradient and its
# norm: far inside assert_close's 1e-7·(1 + |value|) and below the 4 printed
# decimals. A gradient without the factor 2 would be off by up to 700.
torch.testing.assert_close(W.grad, closed_form)
print(f"loss = {loss.item():.4f}")
print(f"gradient shape {tuple(W.grad.shape)}, same as W")
print(f"gradient norm ‖∂L/∂W‖_F = {W.grad.norm().item():.4f}")
print("autograd gradient = 2Xᵀ(XW − Y) + 2λW: checked")

# Zero gradient: (XᵀX + λI) W = XᵀY. Adding λI lifts every eigenvalue
# of XᵀX (all ≥ 0) by λ, so the matrix is invertible.
A = X.T @ X + lam * torch.eye(d, dtype=torch.float64)
assert torch.linalg.eigvalsh(A).min() >= lam  # it is 142 (error ~1e-13)
W_star = torch.linalg.solve(A, X.T @ Y)
W_opt = W_star.clone().requires_grad_()
best_loss = ridge_loss(W_opt, X, Y, lam)
best_loss.backward()
# Round-off (solve, XᵀY, the gradient's sums of 200) ≤ 6e-11: tol 1e-8 (175×);
# at the random W above the norm is 2619.
assert W_opt.grad.norm() < 1e-8
assert best_loss < loss
print(f"at W* = (XᵀX + λI)⁻¹XᵀY: loss = {best_loss.item():.4f},")
print("and the gradient there has norm below 1e-8")
