import torch

torch.manual_seed(2)
X0 = X_big.detach()
V_big = torch.randn(1000, 100, dtype=torch.float64)  # a direction, like X

# Both return the pair (f(X), Df(X)[V]).
_, jvp_autograd = torch.autograd.functional.jvp(f, X0, V_big)
_, jvp_func = torch.func.jvp(f, (X0,), (V_big,))
formula = X0.T @ V_big + V_big.T @ X0

# Entries sum 2 × 1000 products: round-off ≤ 1000·eps·Σ|x||v| ≈ 3e-10 each,
# far inside assert_close's 1e-7·(1 + |value|); a wrong JVP is off by O(10).
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
# Round-off, summing 1e4 and 1e5 products one by one at worst: ≤ 2e-6 in
# lhs, ≤ 1e-5 in rhs (≈ 2.5e-9·|lhs|): tol 1e-7·|lhs| (40×). Either printed
# with 2 decimals (the second is certain). A wrong VJP is off by O(|lhs|).
assert abs(lhs - rhs) < 1e-7 * abs(lhs)
print(f"<U, Df(X)[V]>  = {lhs:.2f}")
print(f"<X(U + Uᵀ), V> = {rhs:.2f}")
