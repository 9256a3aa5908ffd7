import torch
from torch import nn

torch.manual_seed(0)
field = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 2)).double()  # the learned dx/dt = f(x)


def trajectory_loss():
    """Mean squared distance between the model's RK4 trajectory from x0 and the true one."""
    return (rk4(field, x0, dt, steps) - true_path).square().mean()


loss = trajectory_loss()
loss.backward()  # backpropagation through all 100 RK4 steps, 400 calls of the network
w = field[0].weight
autograd_slope = w.grad[0, 0].item()

h = 1e-6  # central difference on one weight, in float64
with torch.no_grad():
    w[0, 0] += h
    up = trajectory_loss().item()
    w[0, 0] -= 2 * h
    down = trajectory_loss().item()
    w[0, 0] += h
fd_slope = (up - down) / (2 * h)
print(f"loss of the untrained model: {loss.item():.6f}")
print(f"d loss / d w[0,0]: autograd {autograd_slope:.8f}, central difference {fd_slope:.8f}")
assert abs(autograd_slope - fd_slope) < 1e-6 * max(1.0, abs(fd_slope))
