import itertools
import math

import torch

x_start = torch.tensor([-8.0, 2.0], dtype=torch.float64)
origin = torch.zeros(2, dtype=torch.float64)
tol, max_steps = 1e-6, 10_000
print("    κ   best η   rate ρ   steps to ‖x‖ < 1e-6   predicted   steps/κ")
steps_needed = []
for kappa_ in (2, 5, 10, 20, 50, 100):
    # The Hessian diag(1, κ): eigenvalues 1 and κ, condition number κ.
    A = torch.diag(torch.tensor([1.0, kappa_], dtype=torch.float64))

    def quadratic(x, A=A):
        return 0.5 * x @ A @ x

    eta = 2 / (1 + kappa_)  # the best fixed step, 2 / (λ_min + λ_max)
    xs = gradient_descent(quadratic, x_start, eta, max_steps, tol, origin)
    steps = len(xs) - 1
    # Both eigen-coordinates shrink by ρ = (κ − 1)/(κ + 1) per step, so
    # ‖x_k‖ = ρ^k ‖x_0‖: we need the smallest k with ρ^k ‖x_0‖ < tol.
    rho = (kappa_ - 1) / (kappa_ + 1)
    ratio = tol / torch.linalg.norm(x_start).item()
    predicted = math.ceil(math.log(ratio) / math.log(rho))
    row = f"{kappa_:5d}   {eta:6.4f}   {rho:6.4f}   {steps:19d}"
    print(f"{row}   {predicted:9d}   {steps / kappa_:7.2f}")
    # For these κ, ρ^k‖x_0‖ passes tol at least 0.3 % away from it (and the
    # log ratio is ≥ 0.07 from an integer), while round-off moves ‖x_k‖ by
    # a relative 1e-13 at most: the count is exact.
    assert steps == predicted
    steps_needed.append(steps)

# The count grows with κ:
assert all(s1 < s2 for s1, s2 in itertools.pairwise(steps_needed))
assert steps_needed[-1] > 40 * steps_needed[0]  # κ = 100 vs κ = 2
# For large κ, ln ρ ≈ −2/κ, so steps ≈ (κ/2)·ln(‖x_0‖/tol):
# proportional to κ.
estimate = -0.5 * math.log(ratio)
print(f"(1/2)·ln(‖x_0‖/tol) = {estimate:.2f}")
assert abs(steps_needed[-1] / 100 - estimate) < 0.1

# In more dimensions the eigenvalues in between shrink faster than ρ, so
# ‖x_k‖ ≤ ρ^k‖x_0‖ is a bound and the formula an upper bound on the count.
# Three dimensions, eigenvalues 1, 7 and 20 (κ = 20), best step 2/21:
A3 = torch.diag(torch.tensor([1.0, 7.0, 20.0], dtype=torch.float64))
x3 = torch.tensor([-8.0, 2.0, 1.0], dtype=torch.float64)
xs3 = gradient_descent(lambda x: 0.5 * x @ A3 @ x, x3, 2 / 21, 200)
rho3 = 19 / 21
steps3 = torch.arange(len(xs3), dtype=torch.float64)
bound = rho3**steps3 * torch.linalg.norm(x3)
# Round-off: ≤ 1e-13 relative per iterate, far below the margin of the
# bound (the middle coordinate's factor is |1 − 14/21| = 1/3 < ρ).
assert torch.all(torch.linalg.norm(xs3, dim=1) <= bound * (1 + 1e-12))
factors = [abs(1 - 2 / 21 * lam) for lam in (1.0, 7.0, 20.0)]
print(
    "3-D, eigenvalues 1, 7, 20: factors per step",
    ", ".join(f"{r:.4f}" for r in factors),
)
print(f"‖x_k‖ ≤ ρ^k‖x_0‖ with ρ = {rho3:.4f} for all {len(xs3) - 1} steps")
