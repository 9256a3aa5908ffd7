import math

import matplotlib.pyplot as plt
import torch

# 769 points with step 6/768 = 1/128: every grid point is an exact number.
xs = torch.linspace(-3, 3, 769, requires_grad=True)
zs = torch.tanh(xs)
# tanh acts elementwise: its Jacobian is diagonal, so the gradient of the
# sum of the outputs holds every derivative at once.
(d1,) = torch.autograd.grad(zs.sum(), xs, create_graph=True)
(d2,) = torch.autograd.grad(d1.sum(), xs)

t = torch.tanh(xs.detach())
# the same few roundings in another order (~1e-16) against assert_close's
# 1e-7; a wrong formula (tanh' for tanh'', say) is off by more than 0.1
torch.testing.assert_close(d1.detach(), 1 - t**2)
torch.testing.assert_close(d2, -2 * t * (1 - t**2))

# tanh'' peaks where tanh''' = 0, that is where tanh² = 1/3.
x_peak = xs[d2.argmax()].item()
x_exact = -math.atanh(1 / math.sqrt(3))
assert abs(x_peak - x_exact) <= 0.01  # within one grid step (1/128)
print(f"tanh'' is largest at x = {x_peak:.2f}, value {d2.max().item():.4f}")


def for_plot(v, err=1e-13, step=2.0**-20):
    """v rounded to a multiple of `step` (a millionth: invisible).

    Another machine's tanh may differ in the last bits, moving v by a few
    1e-16, far less than err. Rounding is monotone: if v - err and v + err
    round alike (checked), every machine plots the same numbers.
    """
    v = v.detach()
    lo, hi = ((v - err) / step).round(), ((v + err) / step).round()
    assert torch.equal(lo, hi)
    return hi * step


fig, ax = plt.subplots(num="tanh-derivatives")
x_plot = xs.detach()
ax.plot(x_plot, for_plot(zs), label="tanh x")
ax.plot(x_plot, for_plot(d1), label="first derivative (autograd)")
ax.plot(x_plot, for_plot(d2), label="second derivative (create_graph)")
ax.axhline(0, color="grey", linewidth=0.8)
ax.set_xlabel("x")
ax.set_title("tanh and two derivatives, both computed by autograd")
ax.set_ylim(-1.1, 1.9)
ax.legend(loc="upper left")
