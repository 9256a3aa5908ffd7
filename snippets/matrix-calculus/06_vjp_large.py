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

bytes_per_entry = X_big.element_size()  # 8 for float64
input_entries = X_big.numel()
input_bytes = input_entries * bytes_per_entry
jac_entries = Y_big.numel() * X_big.numel()  # never built
jac_bytes = jac_entries * bytes_per_entry
assert X_big.grad.numel() * X_big.grad.element_size() == input_bytes
print(f"input X:       {input_entries:>13,} entries {input_bytes:>15,} bytes")
print(f"full Jacobian: {jac_entries:>13,} entries {jac_bytes:>15,} bytes")
print(f"X takes {input_bytes / 1e6:.1f} MB (so does X.grad);")
print(f"the Jacobian would take {jac_bytes / 1e9:.1f} GB,")
print(f"{jac_bytes // input_bytes:,} times as much")
