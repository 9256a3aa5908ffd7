import itertools

import torch


def rosenbrock(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


minimum = torch.tensor([1.0, 1.0], dtype=torch.float64)  # both squares vanish
start = torch.tensor([-1.2, 1.0], dtype=torch.float64)
x = start
errors = [torch.linalg.norm(x - minimum).item()]
print("Newton step          x₀          x₁   distance to (1, 1)")
for k in range(1, 8):
    x = newton_step(rosenbrock, x)
    errors.append(torch.linalg.norm(x - minimum).item())
    print(f"{k:11d}   {x[0]:9.6f}   {x[1]:9.6f}   {errors[-1]:18.3e}")
assert errors[2] > errors[0]  # the early steps wander away ...
assert errors[-1] < 1e-10  # ... but then Newton's method closes in fast
# Near the minimum the error is (at least) squared at every step.
for e_now, e_next in itertools.pairwise(errors[4:]):
    assert e_next <= e_now**2

lr = 1e-3
xs = gradient_descent(rosenbrock, start, lr, steps=2000)
gd_error = torch.linalg.norm(xs[-1] - minimum).item()
print(f"gradient descent, 2000 steps of η = {lr}: distance {gd_error:.3f}")
assert gd_error > 0.1
# The step is not too small by accident: it is below 2/λ_max all along
# the path.
hessians = torch.func.vmap(torch.func.hessian(rosenbrock))(xs)
top = torch.linalg.eigvalsh(hessians)[:, -1].max().item()
print(f"largest λ_max along the path: {top:.1f},", end=" ")
print(f"so 2/λ_max ≥ {2 / top:.5f} > η")
assert lr < 2 / top
