import itertools
import math

import torch

x_start = torch.tensor([-8.0, 2.0], dtype=torch.float64)
tol = 1e-6
print("    κ   best fixed η   rate (κ−1)/(κ+1)   steps to ‖x‖ < 1e-6   predicted   steps / κ")
steps_needed = []
for kappa_ in (2, 5, 10, 20, 50, 100):
    A = torch.diag(torch.tensor([1.0, kappa_], dtype=torch.float64))  # eigenvalues 1 and κ

    def quadratic(x, A=A):
        return 0.5 * x @ A @ x

    eta = 2 / (1 + kappa_)  # the best fixed step, 2 / (λ_min + λ_max)
    xs = gradient_descent(quadratic, x_start, eta, steps=10_000, tol=tol, x_star=torch.zeros(2))
    steps = len(xs) - 1
    # Both eigen-coordinates shrink by the factor ρ = (κ − 1)/(κ + 1) per step,
    # so ‖x_k‖ = ρ^k ‖x_0‖ and we need the smallest k with ρ^k ‖x_0‖ < tol.
    rho = (kappa_ - 1) / (kappa_ + 1)
    predicted = math.ceil(math.log(tol / torch.linalg.norm(x_start).item()) / math.log(rho))
    print(f"{kappa_:5g}   {eta:12.4f}   {rho:16.4f}   {steps:19d}   {predicted:9d}   {steps / kappa_:9.2f}")
    assert abs(steps - predicted) <= 1
    steps_needed.append(steps)

assert all(s1 < s2 for s1, s2 in itertools.pairwise(steps_needed))  # grows with κ
assert steps_needed[-1] > 40 * steps_needed[0]  # κ = 100 needs far more steps than κ = 2
# For large κ, log ρ ≈ −2/κ, so steps ≈ (κ/2)·ln(‖x_0‖/tol): proportional to κ.
estimate = 0.5 * math.log(torch.linalg.norm(x_start).item() / tol)
print(f"(1/2)·ln(‖x_0‖/tol) = {estimate:.2f}")
assert abs(steps_needed[-1] / 100 - estimate) < 0.1
