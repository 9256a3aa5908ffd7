import itertools
import math

import matplotlib.pyplot as plt
import torch


def derivatives(f, x, n):
    """[f(x), f'(x), ..., f⁽ⁿ⁾(x)], elementwise, by differentiating n times with autograd.

    create_graph=True records the derivative computation itself, so that it can be differentiated again.
    For an elementwise f the gradient of the sum holds each f'(xᵢ) (see the lesson on gradients).
    """
    x = torch.as_tensor(x, dtype=torch.float64).detach().requires_grad_()
    out = [f(x)]
    for _ in range(n):
        (d,) = torch.autograd.grad(out[-1].sum(), x, create_graph=True)
        out.append(d)
    return [o.detach() for o in out]


order = 7
at_zero = torch.stack(derivatives(torch.sin, 0.0, order))  # sin and its 7 derivatives at 0
coeffs = at_zero / torch.tensor([math.factorial(k) for k in range(order + 1)], dtype=torch.float64)
closed_form = torch.tensor(
    [math.sin(k * math.pi / 2) / math.factorial(k) for k in range(order + 1)], dtype=torch.float64
)
torch.testing.assert_close(coeffs, closed_form, atol=1e-15, rtol=0)  # sin⁽ᵏ⁾(0) = sin(kπ/2): 0, 1, 0, −1, …
print("k        " + "".join(f"{k:>10d}" for k in range(order + 1)))
print("sin⁽ᵏ⁾(0) " + "".join(f"{v:10.4f}" for v in at_zero.tolist()))
print("coeff c_k" + "".join(f"{v:10.6f}" for v in coeffs.tolist()))


def taylor(x, n):
    """The Taylor polynomial of order n around 0: Σ_{k ≤ n} c_k x^k."""
    return sum(coeffs[k] * x**k for k in range(n + 1))


orders = [1, 3, 5, 7]
grid = torch.linspace(-math.pi, math.pi, 1001, dtype=torch.float64)
worst = [(torch.sin(grid) - taylor(grid, n)).abs().max().item() for n in orders]
print(f"\n{'order':>5}  {'max error on [−π, π]':>20}  {'bound π^(n+2)/(n+2)!':>20}")
for n, w in zip(orders, worst, strict=True):
    bound = math.pi ** (n + 2) / math.factorial(n + 2)  # next nonzero term's size: Taylor's remainder theorem
    print(f"{n:5d}  {w:20.2e}  {bound:20.2e}")
    assert w <= bound
assert all(later < earlier for earlier, later in itertools.pairwise(worst))  # each order is better

xs = torch.linspace(-2 * math.pi, 2 * math.pi, 600, dtype=torch.float64)
fig, ax = plt.subplots(figsize=(7.2, 4.4), num="taylor")
plot(
    ax,
    xs,
    [torch.sin(xs)] + [taylor(xs, n) for n in orders],
    ["sin x"] + [f"order {n}" for n in orders],
    ["k-", "C0--", "C1--", "C2--", "C3--"],
    title="Taylor polynomials of sin x around 0",
)
ax.set_ylim(-2.5, 2.5)
ax.legend(loc="upper center", ncols=5, fontsize=9)
print(f"\nplotted on [−2π, 2π]; order 7 at x = 2π is {taylor(torch.tensor(2 * math.pi), 7).item():.1f} (sin 2π = 0)")
