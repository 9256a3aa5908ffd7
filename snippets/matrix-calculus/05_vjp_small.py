import torch

# backward(U) applies the adjoint of Df(X) to U: the result is X(U + Uᵀ), shaped like X.
torch.manual_seed(0)
X5 = torch.randn(5, 3, dtype=torch.float64, requires_grad=True)
U3 = torch.randn(3, 3, dtype=torch.float64)  # shaped like the OUTPUT X5ᵀX5
f(X5).backward(U3)

J5 = torch.autograd.functional.jacobian(f, X5.detach())  # shape (3, 3, 5, 3)
vjp_from_jacobian = torch.einsum("ij,ijkl->kl", U3, J5)  # Σ_ij U[i, j] J[i, j, k, l]
torch.testing.assert_close(X5.grad, vjp_from_jacobian)
torch.testing.assert_close(X5.grad, X5.detach() @ (U3 + U3.T))
print(f"X: {tuple(X5.shape)}, U: {tuple(U3.shape)}, X.grad: {tuple(X5.grad.shape)}, Jacobian: {tuple(J5.shape)}")

# The Jacobian holds (entries of f(X)) × (entries of X) numbers.
jacobian_bytes = J5.numel() * J5.element_size()
assert jacobian_bytes == f(X5).numel() * X5.numel() * X5.element_size()
print(f"Jacobian: {J5.numel()} entries = {f(X5).numel()} outputs × {X5.numel()} inputs, {jacobian_bytes} bytes")

# backward(torch.eye(2)) is the case U = I: the gradient of tr(XᵀX) = ‖X‖²_F, which is 2X.
X2 = X.clone().requires_grad_()
f(X2).backward(torch.eye(2, dtype=torch.float64))
torch.testing.assert_close(X2.grad, 2 * X)
assert (X2.grad @ V - DfV).abs().max() > 1  # and X.grad @ V is not the directional derivative
show("X.grad after f(X).backward(I)  (equals 2X)", X2.grad)
