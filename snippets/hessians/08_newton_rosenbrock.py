import itertools

import torch


def rosenbrock(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


minimum = torch.tensor([1.0, 1.0], dtype=torch.float64)  # both squares vanish
start = torch.tensor([-1.2, 1.0], dtype=torch.float64)
x = start
errors = [torch.linalg.norm(x - minimum).item()]
print("Newton step          x₀          x₁   distance to (1, 1)")
# Six steps: a seventh would land within about error² ≈ 3e-22 of (1, 1),
# far below the spacing of floats near 1 (1.1e-16): only round-off is left.
for k in range(1, 7):
    x = newton_step(rosenbrock, x)
    errors.append(torch.linalg.norm(x - minimum).item())
    print(f"{k:11d}   {x[0]:9.6f}   {x[1]:9.6f}   {errors[-1]:18.2e}")
# Round-off, carried on by the Newton map's Jacobians, moves the iterates by
# ≤ 6e-11 (steps 2 to 4) and ≤ 3e-12 at step 5; x₆ by a few ulps only (near
# (1, 1) the rounding of x₁ − x₀² is what matters, and H⁻¹ sends it to x₁
# alone), ≤ 1e-4 of e₆: the 3 printed digits of each distance are safe.
assert errors[2] > errors[0]  # the early steps wander away ...
assert errors[-1] < 1e-10  # ... but then Newton's method closes in fast
# Near the minimum the error is (at least) squared at every step:
# e₅ ≈ 9.6e-6 ≤ e₄² ≈ 3.1e-3 and e₆ ≈ 1.9e-11 ≤ e₅² ≈ 9.3e-11.
for e_now, e_next in itertools.pairwise(errors[4:]):
    assert e_next <= e_now**2

lr = 1e-3
xs = gradient_descent(rosenbrock, start, lr, steps=2000)
gd_error = torch.linalg.norm(xs[-1] - minimum).item()
# Along this path the step Jacobians I − ηH, multiplied from any step on,
# never grow (norm ≤ 1): round-off just adds up, to ≤ 2000 · 1e-15, which
# moves λ_max below by < 1e-8 (it is printed with 1 decimal).
print(f"gradient descent, 2000 steps of η = {lr}: distance {gd_error:.3f}")
assert gd_error > 0.1
# The step is not too small by accident: it is below 2/λ_max all along
# the path.
hessians = torch.func.vmap(torch.func.hessian(rosenbrock))(xs)
top = torch.linalg.eigvalsh(hessians)[:, -1].max().item()
print(f"largest λ_max along the path: {top:.1f},", end=" ")
print(f"so 2/λ_max ≥ {2 / top:.5f} > η")
assert lr < 2 / top
