import torch


def rk4(f, x, dt, steps):
    """Classical Runge–Kutta: `steps` steps of size dt from x; every state."""
    states = [x]
    for _ in range(steps):
        k1 = f(x)
        k2 = f(x + dt / 2 * k1)
        k3 = f(x + dt / 2 * k2)
        k4 = f(x + dt * k3)
        x = x + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        states.append(x)
    return torch.stack(states)  # shape (steps + 1, *x.shape)


# A slow decay and a rotation: a damped spiral.
A = torch.tensor([[-0.1, -1.0], [1.0, -0.1]], dtype=torch.float64)
x0 = torch.tensor([2.0, 0.0], dtype=torch.float64)
T, steps = 10.0, 100
dt = T / steps
times = torch.linspace(0.0, T, steps + 1, dtype=torch.float64)
# The exact solution x(t) = exp(tA) x0, from the matrix exponential: no solver.
true_path = torch.stack([torch.linalg.matrix_exp(t * A) @ x0 for t in times])


def linear_field(x):
    return x @ A.T  # dx/dt = A x, written for a batch of row vectors


errors = {}
for n in [50, 100, 200]:
    path = rk4(linear_field, x0, T / n, n)
    errors[n] = (path[-1] - true_path[-1]).norm().item()
    print(f"RK4 with {n:3d} steps: error at t = {T:.0f} is {errors[n]:.3e}")
ratios = [errors[50] / errors[100], errors[100] / errors[200]]
print(f"error ratios when the step halves: {ratios[0]:.2f}, {ratios[1]:.2f}")

# Round-off in 200 steps of ~20 roundings of numbers below 2 is under 1e-12,
# so each error is certain to the digits shown, and each ratio to 1e-4.
assert errors[100] < 1e-5  # a second-order method: about 1e-2
# Fourth order: halving the step divides the error by about 2**4 = 16
# (third or fifth order would give 8 or 32).
assert all(14 < r < 18 for r in ratios)
