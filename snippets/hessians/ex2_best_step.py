import torch

eta_best = 2 / (lam_min + lam_max)
rho_best = (kappa - 1) / (kappa + 1)
print(f"η* = 2/(λ_min + λ_max) = {eta_best:.6f}, predicted rate (κ − 1)/(κ + 1) = {rho_best:.6f}")

# Measure the contraction per step of real gradient descent over the last 10 of 40 steps.
for factor in (0.8, 0.9, 1.0, 1.1, 1.2):
    xs = gradient_descent(f, point, factor * eta_best, steps=40)
    norms = torch.linalg.norm(xs, dim=1)
    measured = (norms[-1] / norms[-11]).item() ** (1 / 10)
    predicted = max(abs(1 - factor * eta_best * lam_min), abs(1 - factor * eta_best * lam_max))
    print(f"η = {factor:.1f}·η*: measured rate {measured:.6f}, max|1 − ηλ_i| = {predicted:.6f}")
    assert abs(measured - predicted) < 1e-3
    if factor == 1.0:
        assert abs(measured - rho_best) < 1e-9  # both eigen-coordinates shrink by exactly ρ
    else:
        assert measured > rho_best + 0.01  # any other step size is slower
