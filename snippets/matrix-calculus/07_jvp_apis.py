import torch

torch.manual_seed(2)
X0 = X_big.detach()
V_big = torch.randn(1000, 100, dtype=torch.float64)  # a direction, like X

# Both return the pair (f(X), Df(X)[V]).
_, jvp_autograd = torch.autograd.functional.jvp(f, X0, V_big)
_, jvp_func = torch.func.jvp(f, (X0,), (V_big,))
formula = X0.T @ V_big + V_big.T @ X0

torch.testing.assert_close(jvp_autograd, jvp_func)
torch.testing.assert_close(jvp_autograd, formula)
torch.testing.assert_close(jvp_func, formula)
torch.testing.assert_close(jvp_func, jvp_func.T)  # always symmetric
print(f"V: {tuple(V_big.shape)} -> Df(X)[V]: {tuple(jvp_func.shape)}")
print("autograd.functional.jvp = func.jvp = XᵀV + VᵀX: checked")
print("Df(X)[V] is symmetric: checked")

# JVP and VJP are two views of one linear map:
# <U, Df(X)[V]> = <X.grad, V>, where X.grad = X(U + Uᵀ) from backward(U).
lhs = (U * jvp_func).sum().item()
rhs = (X_big.grad * V_big).sum().item()
assert abs(lhs - rhs) < 1e-9 * abs(lhs)
print(f"<U, Df(X)[V]>  = {lhs:.4f}")
print(f"<X(U + Uᵀ), V> = {rhs:.4f}")
