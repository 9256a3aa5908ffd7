import torch

torch.manual_seed(3)
n, d, k = 200, 5, 3  # samples, features, outputs
X = torch.randn(n, d, dtype=torch.float64)  # data matrix
W_true = torch.randn(d, k, dtype=torch.float64)
Y = X @ W_true + 0.1 * torch.randn(n, k, dtype=torch.float64)  # targets
lam = 0.5  # strength of the penalty λ


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

closed_form = 2 * X.T @ (X @ W.detach() - Y) + 2 * lam * W.detach()
assert W.grad.shape == W.shape
torch.testing.assert_close(W.grad, closed_form)
print(f"loss = {loss.item():.4f}")
print(f"gradient shape {tuple(W.grad.shape)} (same as W), Frobenius norm {W.grad.norm().item():.4f}")
print("autograd gradient = 2Xᵀ(XW − Y) + 2λW: checked")

# Setting the gradient to zero gives (XᵀX + λI) W = XᵀY: XᵀX appears.
A = X.T @ X + lam * torch.eye(d, dtype=torch.float64)
assert torch.linalg.eigvalsh(A).min() >= lam  # + λI lifts every eigenvalue by λ: invertible
W_star = torch.linalg.solve(A, X.T @ Y)
W_opt = W_star.clone().requires_grad_()
ridge_loss(W_opt, X, Y, lam).backward()
assert W_opt.grad.norm() < 1e-8
assert ridge_loss(W_star, X, Y, lam) < loss
print(f"at W* = (XᵀX + λI)⁻¹XᵀY: loss = {ridge_loss(W_star, X, Y, lam).item():.4f}, gradient norm below 1e-8")
