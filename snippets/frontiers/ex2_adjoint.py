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
torch.testing.assert_close(start.grad, a_0, rtol=1e-12, atol=1e-12)
torch.testing.assert_close(start.grad, exact, rtol=0, atol=1e-5)
# The rotations cancel: exp(TAᵀ) exp(TA) = exp(-0.2 T) I.
torch.testing.assert_close(exact, torch.exp(torch.tensor(-0.2 * T)) * x0)
