import torch

torch.manual_seed(1)
X_big = torch.randn(1000, 100, dtype=torch.float64, requires_grad=True)
Y_big = X_big.T @ X_big  # shape (100, 100)
U = torch.randn(100, 100, dtype=torch.float64)  # one weight per entry of Y
Y_big.backward(U)

assert X_big.grad.shape == X_big.shape
# Each entry sums 200 products: round-off ≤ 200·eps·Σ|x||u| < 1e-11 (entries
# up to 70), far inside assert_close's 1e-7·(1 + |value|); X·2U is off by O(10).
torch.testing.assert_close(X_big.grad, X_big.detach() @ (U + U.T))
print(f"X: {tuple(X_big.shape)}   Y = XᵀX: {tuple(Y_big.shape)}")
print(f"U: {tuple(U.shape)}   X.grad: {tuple(X_big.grad.shape)}")
print("X.grad equals X(U + Uᵀ): checked")

# Memory as allocated, against counts from the shapes: X.grad holds
# 1000·100 float64 numbers.
grad_bytes = X_big.grad.untyped_storage().nbytes()
assert grad_bytes == 1000 * 100 * 8
# The Jacobian would hold one gradient-sized matrix per entry of Y: its rows.
jac_bytes = Y_big.numel() * grad_bytes  # never built
assert jac_bytes == (100 * 100) * (1000 * 100) * 8
print(f"X.grad:        {grad_bytes:>15,} bytes (as much as X)")
print(f"full Jacobian: {jac_bytes:>15,} bytes (never built)")
print(f"X.grad takes {grad_bytes / 1e6:.1f} MB;")
print(f"the Jacobian would take {jac_bytes / 1e9:.1f} GB,")
print(f"{jac_bytes // grad_bytes:,} times as much")
