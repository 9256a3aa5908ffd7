import torch

torch.manual_seed(2)
X0 = X_big.detach()
V_big = torch.randn(1000, 100, dtype=torch.float64)  # a direction shaped like X

_, jvp_autograd = torch.autograd.functional.jvp(f, X0, V_big)  # (f(X), Df(X)[V])
_, jvp_func = torch.func.jvp(f, (X0,), (V_big,))
formula = X0.T @ V_big + V_big.T @ X0

torch.testing.assert_close(jvp_autograd, jvp_func)
torch.testing.assert_close(jvp_autograd, formula)
torch.testing.assert_close(jvp_func, formula)
torch.testing.assert_close(jvp_func, jvp_func.T)  # Df(X)[V] is always symmetric
print(f"V: {tuple(V_big.shape)} -> Df(X)[V]: {tuple(jvp_func.shape)}, symmetric")
print("torch.autograd.functional.jvp = torch.func.jvp = XᵀV + VᵀX: checked")

# JVP and VJP describe the same linear map: <U, Df(X)[V]> = <X.grad, V> with X.grad = X(U + Uᵀ).
lhs = (U * jvp_func).sum().item()
rhs = (X_big.grad * V_big).sum().item()
assert abs(lhs - rhs) < 1e-9 * abs(lhs)
print(f"<U, Df(X)[V]>      = {lhs:.4f}")
print(f"<X(U + Uᵀ), V>     = {rhs:.4f}")
