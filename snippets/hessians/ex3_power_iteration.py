import torch

# Build the graph of the gradient once; each HVP is then one more
# backward pass.
xr = x.clone().requires_grad_()
(g,) = torch.autograd.grad(loss(xr), xr, create_graph=True)


def hvp(u):
    """H @ u without forming H: the vector–Jacobian product of ∇f with u."""
    return torch.autograd.grad(g, xr, grad_outputs=u, retain_graph=True)[0]


torch.manual_seed(3)
u = torch.randn(n, dtype=torch.float64)
for _ in range(500):
    u = hvp(u)
    u = u / torch.linalg.norm(u)
# The Rayleigh quotient uᵀHu of the final unit vector:
lam_est = (u @ hvp(u)).item()

# The full Hessian, only to check. It is positive definite, so its
# eigenvalue of largest size is λ_max:
lam_all = torch.linalg.eigvalsh(H)
assert lam_all[0] > 0
lam_true = lam_all[-1].item()
ratio = (lam_all[-2] / lam_all[-1]).item()
print(f"power iteration with 500 HVPs: λ_max ≈ {lam_est:.8f}")
print(f"eigvalsh of the full Hessian:  λ_max = {lam_true:.8f}")
print(f"λ₂/λ_max = {ratio:.3f}, so the error shrinks like {ratio:.3f}^(2k)")
print(f"largest stable step size 2/λ_max ≈ {2 / lam_est:.6f}")
# The error of uᵀHu after k steps is ≤ (λ_max − λ_min)·tan²θ₀·(λ₂/λ_max)^2k,
# with tan²θ₀ ≈ 180 for this start: 1e-17 at k = 500 (3e-6 at k = 200).
# Round-off: ≤ 4e-13 per HVP entry, ≤ 5e-15 in eigvalsh: tol 1e-10·λ (30×);
# λ₂ is off by 0.04.
assert abs(lam_est - lam_true) < 1e-10 * lam_true
