import math

import matplotlib.pyplot as plt
import torch

xs = torch.linspace(-3, 3, 601, requires_grad=True)
ys = torch.tanh(xs)
# tanh acts elementwise: its Jacobian is diagonal, so the gradient of the
# sum of the outputs holds every derivative at once.
(d1,) = torch.autograd.grad(ys.sum(), xs, create_graph=True)
(d2,) = torch.autograd.grad(d1.sum(), xs)

t = torch.tanh(xs.detach())
torch.testing.assert_close(d1.detach(), 1 - t**2)
torch.testing.assert_close(d2, -2 * t * (1 - t**2))

# tanh'' peaks where tanh''' = 0, that is where tanh² = 1/3.
x_peak = xs[d2.argmax()].item()
x_exact = -math.atanh(1 / math.sqrt(3))
assert abs(x_peak - x_exact) <= 0.01  # within one grid step
print(f"tanh'' is largest at x = {x_peak:.2f}, value {d2.max().item():.4f}")

fig, ax = plt.subplots(num="tanh-derivatives")
ax.plot(xs.detach(), ys.detach(), label="tanh x")
ax.plot(xs.detach(), d1.detach(), label="first derivative (autograd)")
ax.plot(xs.detach(), d2, label="second derivative (create_graph)")
ax.axhline(0, color="grey", linewidth=0.8)
ax.set_xlabel("x")
ax.set_title("tanh and two derivatives, both computed by autograd")
ax.set_ylim(-1.1, 1.9)
ax.legend(loc="upper left")
