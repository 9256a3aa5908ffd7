import torch

x1 = iterates[1]  # the first Newton iterate, one step from the start
g1 = torch.func.grad(rosenbrock)(x1)
H1 = torch.func.hessian(rosenbrock)(x1)
d1 = -torch.linalg.solve(H1, g1)  # the Newton direction there
lam_min_1 = torch.linalg.eigvalsh(H1)[0].item()
slope = (g1 @ d1).item()  # the rate of change of f along d1: gᵀd1 = −gᵀH⁻¹g
f1 = rosenbrock(x1).item()
print(f"first Newton iterate ({x1[0]:.6f}, {x1[1]:.6f}): f = {f1:.3f}")
print(f"smallest eigenvalue of H: {lam_min_1:.3f} > 0,", end=" ")
print(f"so gᵀd = {slope:.3f} < 0")
# H positive definite (λ_min = 0.34, round-off ≤ 1e-12) makes gᵀd < 0: the
# Newton direction points downhill (the slope −8.4 is far above round-off).
assert lam_min_1 > 0 and slope < 0

# ... but the full step overshoots, while a short step along d1 goes down.
# Backtracking line search: halve α until f drops by at least 1e-4·α·|gᵀd|.
alpha = 1.0
while True:
    f_try = rosenbrock(x1 + alpha * d1).item()
    print(f"    α = {alpha:<6}  f(iterate + α·d) = {f_try:.3f}")
    if f_try <= f1 + 1e-4 * alpha * slope:
        break
    alpha /= 2
# f(x₁ + d) = 1412 is 300 times f(x₁); α = 1/8 gives 4.087 < 4.732. The
# direction d is off by ≤ κ(H)·eps·‖d‖ ≈ 2e-12 (κ(H) ≈ 3800), which moves
# each f by < 1e-9: the comparisons are clear-cut, and the 3 printed
# decimals are ≥ 1e-5 away from a rounding boundary.
assert rosenbrock(x1 + d1) > 100 * f1
assert alpha == 1 / 8 and f_try < f1 - 0.5
rise = rosenbrock(x1 + d1).item() / f1
print(f"full step: f rises {rise:.0f}-fold;", end=" ")
print(f"the line search accepts α = {alpha}")
