import torch

# A square batch: 10 samples with 10 features, so X is 10 × 10 (n = d).
torch.manual_seed(9)
X_sq = torch.randn(10, d_in, dtype=torch.float64)
y_sq = torch.randn(10, 1, dtype=torch.float64)
W1_sq = W1.detach().clone().requires_grad_()  # same weights, fresh leaves
b1_, W2_, b2_ = b1.detach(), W2.detach(), b2.detach()

Z_sq = torch.tanh(X_sq @ W1_sq.T + b1_)
loss_sq = ((Z_sq @ W2_.T + b2_ - y_sq) ** 2).mean()
loss_sq.backward()

with torch.no_grad():
    G_out_sq = 2 * (Z_sq @ W2_.T + b2_ - y_sq) / 10
    G_pre_sq = (G_out_sq @ W2_) * (1 - Z_sq**2)  # (10, 50)
    derived = G_pre_sq.T @ X_sq  # from the derivation: (50, 10)(10, 10)
    shape_only = G_pre_sq.T @ X_sq.T  # also (50, 10), but X is transposed

assert derived.shape == shape_only.shape == W1_sq.shape
# round-off (sums of ≤ 10 terms, tanh within 2 ulp) < 1e-14, far inside
# assert_close's 1e-7; the shape-correct candidate is off by ≥ 0.01
torch.testing.assert_close(W1_sq.grad, derived)
gap = (shape_only - W1_sq.grad).abs().max().item()
assert gap > 0.01
print(f"X {tuple(X_sq.shape)}: both G_preᵀX and G_preᵀXᵀ", end=" ")
print(f"have shape {tuple(derived.shape)}")
print("autograd's ∂L/∂W₁ = G_preᵀX (the derivation): checked")
print(f"G_preᵀXᵀ fits the shape but is wrong: off by up to {gap:.2f}")
