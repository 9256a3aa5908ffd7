import torch

torch.manual_seed(0)
X5 = torch.randn(5, 3, dtype=torch.float64, requires_grad=True)
U3 = torch.randn(3, 3, dtype=torch.float64)  # shaped like the OUTPUT
f(X5).backward(U3)  # X5.grad = the VJP, shaped like X5

# The same VJP from the full Jacobian: Σ_ij U[i, j] J[i, j, k, l].
J5 = torch.autograd.functional.jacobian(f, X5.detach())
vjp_from_jacobian = torch.einsum("ij,ijkl->kl", U3, J5)
# Each side sums ≤ 6 products: round-off ≤ 6·eps·Σ|x||u| < 1e-14, far
# inside assert_close's 1e-7; X·U (no Uᵀ) would be off by O(1).
torch.testing.assert_close(X5.grad, vjp_from_jacobian)
torch.testing.assert_close(X5.grad, X5.detach() @ (U3 + U3.T))
print(f"X: {tuple(X5.shape)}, U: {tuple(U3.shape)}")
print(f"X.grad: {tuple(X5.grad.shape)}, Jacobian: {tuple(J5.shape)}")
print("X.grad = U contracted with the Jacobian = X(U + Uᵀ): checked")

# PyTorch has no rule for XᵀX: the graph holds a transpose and a matrix
# product, and X reaches the product twice.
Y5 = f(X5)
inputs = [fn.name() for fn, _ in Y5.grad_fn.next_functions]
print(f"graph: {Y5.grad_fn.name()} <- {inputs}")
# Each use gets its own contribution, which backward adds up in X.grad. The
# product rule of C = AB sends U to A as UBᵀ and to B as AᵀU; with A = Xᵀ
# (then transposed back) and B = X that is XUᵀ and XU. Two separate leaves
# show the two contributions:
X_left = X5.detach().clone().requires_grad_()  # the X inside Xᵀ
X_right = X5.detach().clone().requires_grad_()  # the second factor
(X_left.T @ X_right).backward(U3)
# round-off as above (< 1e-14), far inside assert_close's 1e-7; swapping
# the two contributions (XU for XUᵀ) is off by O(1)
torch.testing.assert_close(X_left.grad, X5.detach() @ U3.T)
torch.testing.assert_close(X_right.grad, X5.detach() @ U3)
torch.testing.assert_close(X_left.grad + X_right.grad, X5.grad)
print("through Xᵀ: XUᵀ, through X: XU; X.grad is their sum: checked")

# The Jacobian holds one number per (entry of f(X), entry of X): its memory,
# as allocated, against the count from the shapes.
jacobian_bytes = J5.untyped_storage().nbytes()
assert jacobian_bytes == (3 * 3) * (5 * 3) * 8  # float64: 8 bytes a number
print("Jacobian: (3·3) outputs × (5·3) inputs × 8 bytes", end=" ")
print(f"= {jacobian_bytes} bytes")

# backward(torch.eye(2)) is the case U = I:
# the gradient of tr(XᵀX) = ‖X‖²_F, which is 2X.
# (exact from here on: small dyadic entries)
X2 = X.clone().requires_grad_()
f(X2).backward(torch.eye(2, dtype=torch.float64))
torch.testing.assert_close(X2.grad, 2 * X)
# ... and X.grad @ V is not the directional derivative Df(X)[V]:
assert (X2.grad @ V - DfV).abs().max() > 1
# f(X).sum().backward() is the case U = all ones:
X1 = X.clone().requires_grad_()
f(X1).sum().backward()
ones = torch.ones(2, 2, dtype=torch.float64)
torch.testing.assert_close(X1.grad, X @ (ones + ones.T))
show("X.grad after f(X).backward(I)  (equals 2X)", X2.grad)
show("X.grad @ V  (not Df(X)[V])", X2.grad @ V)
