import math

import torch

start = x0.clone().requires_grad_(True)
end = rk4(linear_field, start, dt, steps)[-1]
loss = 0.5 * end.square().sum()
loss.backward()  # discretize, then differentiate: backprop through RK4

# Differentiate, then discretize: a(T) = dL/dx(T) = x(T), da/dt = -Aᵀa from
# T back to 0. In reversed time s = T - t this reads da/ds = Aᵀa, and for a
# row vector a, Aᵀa is a @ A.
a_T = end.detach()
a_0 = rk4(lambda a: a @ A, a_T, dt, steps)[-1]
exact = torch.linalg.matrix_exp(T * A.T) @ (torch.linalg.matrix_exp(T * A) @ x0)


def show(v):
    # round, and + 0.0 turns -0.0 into 0.0
    return ", ".join(f"{round(c, 8) + 0.0:+.8f}" for c in v.tolist())


print(f"autograd through RK4 : {show(start.grad)}")
print(f"adjoint ODE with RK4 : {show(a_0)}")
print(f"exact exp(TAᵀ) x(T)  : {show(exact)}")
# Equal in exact arithmetic. Round-off: 100 steps of ~30 roundings of
# numbers below 2, not amplified (|P| < 1): under 1e-12 per path. Tolerance
# 1e-10; a wrong adjoint (A instead of Aᵀ) is off by 0.2.
torch.testing.assert_close(start.grad, a_0, rtol=0, atol=1e-10)
# RK4's error: each step's |P(hλ)| misses |exp(hλ)| by < |hλ|⁵/120 ≈ 1e-7
# (λ = -0.1 ± i); over 2 x 100 steps, relative 2e-5: at most 6e-6 here.
# Tolerance 1e-4, still far below the 0.27 of the gradient itself.
torch.testing.assert_close(start.grad, exact, rtol=0, atol=1e-4)
# The rotations cancel: exp(TAᵀ) exp(TA) = exp(-0.2 T) I (float64 round-off
# ~1e-16 against assert_close's float64 tolerance 1e-7).
torch.testing.assert_close(exact, math.exp(-0.2 * T) * x0)
