import torch

def rk4(f, x, dt, steps):
    """Classical Runge–Kutta: `steps` steps of size dt from x; returns all states, shape (steps+1, ...)."""
    states = [x]
    for _ in range(steps):
        k1 = f(x)
        k2 = f(x + dt / 2 * k1)
        k3 = f(x + dt / 2 * k2)
        k4 = f(x + dt * k3)
        x = x + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        states.append(x)
    return torch.stack(states)


A = torch.tensor([[-0.1, -1.0], [1.0, -0.1]], dtype=torch.float64)  # a slow decay and a rotation: a damped spiral
x0 = torch.tensor([2.0, 0.0], dtype=torch.float64)
T, steps = 10.0, 100
dt = T / steps
times = torch.linspace(0.0, T, steps + 1, dtype=torch.float64)
# The exact solution x(t) = exp(tA) x0, from the matrix exponential (no solver involved).
true_path = torch.stack([torch.linalg.matrix_exp(t * A) @ x0 for t in times])


def linear_field(x):
    return x @ A.T  # dx/dt = A x, written for a batch of row vectors


errors = {}
for n in [50, 100, 200]:
    path = rk4(linear_field, x0, T / n, n)
    errors[n] = (path[-1] - true_path[-1]).norm().item()
    print(f"RK4 with {n:3d} steps: error at t = {T:.0f} is {errors[n]:.3e}")
print(f"error ratios when the step halves: {errors[50] / errors[100]:.2f}, {errors[100] / errors[200]:.2f}")

assert errors[100] < 1e-5
# Fourth order: halving the step divides the error by about 2**4 = 16.
assert 14 < errors[50] / errors[100] < 18 and 14 < errors[100] / errors[200] < 18
