import torch

# 1) The minimiser x* of the 50-variable function, by Newton's method from x.
#    The function is strictly convex (H is positive definite everywhere), so
#    it has exactly one minimum, and near it Newton converges quadratically.
x_star = x.clone()
for _ in range(8):
    H_star = torch.func.hessian(loss)(x_star)
    step = torch.linalg.solve(H_star, grad_loss(x_star))
    x_star = x_star - step
# The gradient there is round-off (sums of ≤ 80 terms of size ≤ 3: ≤ 1e-13
# per entry): tol 1e-12. At the start x it has norm 2.5.
assert torch.linalg.norm(grad_loss(x_star)) < 1e-12

# 2) Power iteration at x*, using only Hessian–vector products. Build the
#    graph of the gradient once; each HVP is then one more backward pass.
xr = x_star.clone().requires_grad_()
(g,) = torch.autograd.grad(loss(xr), xr, create_graph=True)


def hvp(u):
    """H @ u without forming H: the vector–Jacobian product of ∇f with u."""
    return torch.autograd.grad(g, xr, grad_outputs=u, retain_graph=True)[0]


torch.manual_seed(3)
u = torch.randn(n, dtype=torch.float64)
for _ in range(300):
    u = hvp(u)
    u = u / torch.linalg.norm(u)
lam_est = (u @ hvp(u)).item()  # the Rayleigh quotient uᵀHu of a unit u

# The full Hessian at x*, only to check.
lam_all = torch.linalg.eigvalsh(torch.func.hessian(loss)(x_star))
assert lam_all[0] > 0  # positive definite: x* is a minimum
lam_true = lam_all[-1].item()
ratio = (lam_all[-2] / lam_all[-1]).item()
print(f"power iteration with 300 HVPs at x*: λ_max ≈ {lam_est:.8f}")
print(f"eigvalsh of the full Hessian at x*:  λ_max = {lam_true:.8f}")
print(f"λ₂/λ_max = {ratio:.3f}, so the error shrinks like {ratio:.3f}^(2k)")
# The error of uᵀHu after k steps is ≤ (λ_max − λ_min)·tan²θ₀·(λ₂/λ_max)^2k
# with tan²θ₀ < 1e3 for this start: < 1e-15 at k = 300. Round-off: ≤ 4e-13
# per HVP entry, ≤ 5e-15 in eigvalsh: tol 1e-10·λ (≥ 30×); λ₂ is off by 0.06.
assert abs(lam_est - lam_true) < 1e-10 * lam_true

# 3) Near x* the function is close to its quadratic model, so gradient
#    descent converges there for η < 2/λ_max and not above it.
limit = 2 / lam_est
print(f"step-size limit near the minimum: 2/λ_max ≈ {limit:.6f}")
torch.manual_seed(5)
nudge = torch.randn(n, dtype=torch.float64)
x_near = x_star + 1e-3 * nudge / torch.linalg.norm(nudge)
for scale in (0.95, 1.05):
    path = gradient_descent(loss, x_near, scale * limit, steps=200)
    dist = torch.linalg.norm(path - x_star, dim=1)
    if scale < 1:
        # factors |1 − ηλ_i| ≤ 0.9: 0.9²⁰⁰·1e-3 ≈ 7e-13, plus a round-off
        # floor near 1e-14: tol 1e-10
        assert dist[-1] < 1e-10
        print(f"η = {scale}·limit: distance to x* from 1e-3 to below 1e-10")
    else:
        # the steep coordinate grows by ≈ 1.1 per step until the quadratic
        # model fails: > 100 times the start after 100 steps
        assert dist[100] > 100 * dist[0]
        print(f"η = {scale}·limit: distance grows from 1e-3 to above 0.1")
