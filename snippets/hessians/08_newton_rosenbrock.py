import itertools

import torch


def rosenbrock(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


minimum = torch.tensor([1.0, 1.0], dtype=torch.float64)  # where both squares vanish
x = torch.tensor([-1.2, 1.0], dtype=torch.float64)
errors = [torch.linalg.norm(x - minimum).item()]
print("Newton step   x₀          x₁          distance to (1, 1)")
for k in range(1, 8):
    x = newton_step(rosenbrock, x)
    errors.append(torch.linalg.norm(x - minimum).item())
    print(f"{k:11d}   {x[0]:9.6f}   {x[1]:9.6f}   {errors[-1]:.3e}")
assert errors[-1] < 1e-10
# Close to the minimum the error is (at least) squared at every step: quadratic convergence.
for e_now, e_next in itertools.pairwise(errors[4:]):
    assert e_next <= e_now**2

lr = 1e-3
xs = gradient_descent(rosenbrock, torch.tensor([-1.2, 1.0], dtype=torch.float64), lr, steps=2000)
gd_error = torch.linalg.norm(xs[-1] - minimum).item()
print(f"gradient descent, 2000 steps of η = {lr}: distance to (1, 1) still {gd_error:.3f}")
assert gd_error > 0.1
# The step is not too small by accident: it stays below 2/λ_max of the Hessian all along the path.
curvatures = torch.linalg.eigvalsh(torch.func.vmap(torch.func.hessian(rosenbrock))(xs))[:, -1]
print(f"largest λ_max along the path {curvatures.max():.1f}, so 2/λ_max ≥ {2 / curvatures.max():.5f} > η")
assert lr < 2 / curvatures.max()
