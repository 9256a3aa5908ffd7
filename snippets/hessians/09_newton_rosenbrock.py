import math

import torch


def rosenbrock(x):
    return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2


minimum = torch.tensor([1.0, 1.0], dtype=torch.float64)  # both squares vanish
start = torch.tensor([-1.2, 1.0], dtype=torch.float64)
iterates = [start]
errors = [torch.linalg.norm(start - minimum).item()]
print("Newton step          x₁          x₂   distance to (1, 1)")
# Six steps: a seventh would land within about error² ≈ 3e-22 of (1, 1),
# far below the spacing of floats near 1 (1.1e-16): only round-off is left.
for k in range(1, 7):
    iterates.append(newton_step(rosenbrock, iterates[-1]))
    x_k = iterates[-1]
    errors.append(torch.linalg.norm(x_k - minimum).item())
    print(f"{k:11d}   {x_k[0]:9.6f}   {x_k[1]:9.6f}   {errors[-1]:18.2e}")
# Round-off, carried on by the Newton map's Jacobians, moves the iterates by
# ≤ 6e-11 (steps 2 to 4) and ≤ 3e-12 at step 5; x₆ by a few ulps only (near
# (1, 1) the rounding of x₂ − x₁² is what matters, and H⁻¹ sends it to x₂
# alone), ≤ 1e-4 of e₆: the 3 printed digits of each distance are safe.
assert errors[2] > errors[0]  # the early steps wander away ...
assert errors[-1] < 1e-10  # ... but then Newton's method closes in fast

# Near the minimum, e_{k+1} ≤ C_k·e_k² with C_k = γ‖H(x_k)⁻¹‖/2, where γ
# bounds how fast H changes, ‖H(x) − H(x')‖ ≤ γ‖x − x'‖, on a ball around
# the minimum that holds x_k. On the ball of radius 0.1 around (1, 1),
# |x₁ + x₁'| ≤ 2.2 gives γ² = 2640² + 400² + 2·400² (see the text).
radius = 0.1
gamma = math.sqrt(2640**2 + 400**2 + 2 * 400**2)
# Check γ on 200 random pairs of points of that ball (the Hessians from
# autograd, not from the formula; spectral norms off by ≤ 1e-12).
torch.manual_seed(4)
box = 2 * torch.rand(200, 2, 2, dtype=torch.float64) - 1  # in [-1, 1]
pairs = minimum + radius * box / 2**0.5  # |x − (1, 1)| < radius
hess_a = torch.func.vmap(torch.func.hessian(rosenbrock))(pairs[:, 0])
hess_b = torch.func.vmap(torch.func.hessian(rosenbrock))(pairs[:, 1])
change = torch.linalg.matrix_norm(hess_a - hess_b, ord=2)
distance = torch.linalg.norm(pairs[:, 0] - pairs[:, 1], dim=1)
assert torch.all(change <= gamma * distance)
print(f"on the ball of radius {radius} around (1, 1): γ = {gamma:.1f}")
print("   k        e_k   e_(k+1) / e_k²     C_k = γ‖H(x_k)⁻¹‖/2")
for k in (4, 5):  # the steps that start inside the ball, above round-off
    assert errors[k] < radius
    H_k = torch.func.hessian(rosenbrock)(iterates[k])
    C_k = gamma / (2 * torch.linalg.eigvalsh(H_k)[0].item())  # ‖H⁻¹‖ = 1/λ_min
    ratio = errors[k + 1] / errors[k] ** 2
    print(f"{k:4d}   {errors[k]:8.2e}   {ratio:14.2e}   {C_k:21.0f}")
    # e_{k+1} and e_k are known to ≤ 1e-4 relative (above): the ratio is far
    # below C_k, whereas a linearly converging method (e_{k+1} ≈ c·e_k) would
    # give a ratio of c/e_k ≥ 1e4 at e₅.
    assert ratio <= C_k

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
