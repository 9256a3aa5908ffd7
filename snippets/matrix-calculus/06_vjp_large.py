import torch

torch.manual_seed(1)
X_big = torch.randn(1000, 100, dtype=torch.float64, requires_grad=True)
Y_big = X_big.T @ X_big  # shape (100, 100)
U = torch.randn(100, 100, dtype=torch.float64)  # one weight per entry of Y_big
Y_big.backward(U)

assert X_big.grad.shape == X_big.shape
torch.testing.assert_close(X_big.grad, X_big.detach() @ (U + U.T))
print(f"X: {tuple(X_big.shape)}  Y = XᵀX: {tuple(Y_big.shape)}  U: {tuple(U.shape)}  X.grad: {tuple(X_big.grad.shape)}")
print("X.grad equals X(U + Uᵀ): checked")

bytes_per_entry = X_big.element_size()  # 8 for float64
input_bytes = X_big.numel() * bytes_per_entry
jacobian_entries = Y_big.numel() * X_big.numel()  # never built
jacobian_bytes = jacobian_entries * bytes_per_entry
print(f"input X:          {X_big.numel():>13,} entries  {input_bytes:>15,} bytes ({input_bytes / 1e6:.1f} MB)")
print(f"gradient X.grad:  {X_big.grad.numel():>13,} entries  {input_bytes:>15,} bytes")
print(f"full Jacobian:    {jacobian_entries:>13,} entries  {jacobian_bytes:>15,} bytes ({jacobian_bytes / 1e9:.1f} GB)")
print(f"the Jacobian would be {jacobian_bytes // input_bytes:,} times the size of X")
assert jacobian_bytes == Y_big.numel() * input_bytes
