import itertools
import math

import matplotlib.pyplot as plt
import mpmath
import torch


def derivatives(f, x, k):
    """[f(x), f'(x), ..., f⁽ᵏ⁾(x)], elementwise, by k rounds of autograd.

    create_graph=True records the derivative's own computation, so that it
    can be differentiated again. For an elementwise f, the gradient of the
    sum holds every f'(xᵢ) (the lesson on gradients explains why).
    """
    x = torch.as_tensor(x, dtype=torch.float64).detach().requires_grad_()
    out = [f(x)]
    for _ in range(k):
        (d,) = torch.autograd.grad(out[-1].sum(), x, create_graph=True)
        out.append(d)
    return [o.detach() for o in out]


order = 7
ks = range(order + 1)
# sin and its 7 derivatives at 0 (adding 0.0 turns −0.0 into 0.0 for printing)
at_zero = torch.stack(derivatives(torch.sin, 0.0, order)) + 0.0
factorials = torch.tensor([math.factorial(k) for k in ks], dtype=torch.float64)
coeffs = at_zero / factorials
print(f"{'k':>2}  {'sin⁽ᵏ⁾(0)':>10}  {'c_k = sin⁽ᵏ⁾(0)/k!':>19}")
for k, d_k, c_k in zip(ks, at_zero.tolist(), coeffs.tolist(), strict=True):
    print(f"{k:>2}  {d_k:10.4f}  {c_k:19.6f}")
# Closed form: sin⁽ᵏ⁾(0) = sin(kπ/2), the cycle 0, 1, 0, −1, ...
closed = [math.sin(k * math.pi / 2) / math.factorial(k) for k in ks]
closed = torch.tensor(closed, dtype=torch.float64)
# sin 0 = 0 and cos 0 = 1 exactly, so autograd's coefficients are exact; the
# closed form takes sin(k·π/2) with π rounded: off by ≤ 6.2e-17 (at k = 2).
# atol 1e-15 (15×); a wrong coefficient is off by ≥ 1/7! ≈ 2e-4.
torch.testing.assert_close(coeffs, closed, atol=1e-15, rtol=0)


def taylor(x, deg):
    """T_deg, the Taylor polynomial of degree deg around 0: Σ c_j x^j, j ≤ deg.

    Evaluated by Horner's rule, c_0 + x(c_1 + x(c_2 + …)): only + and ×.
    """
    out = torch.zeros_like(x) + coeffs[deg]
    for k in range(deg - 1, -1, -1):
        out = out * x + coeffs[k]
    return out


degrees = [1, 3, 5, 7]
grid = torch.arange(-500, 501, dtype=torch.float64) * (math.pi / 500)  # [−π, π]
worst = [(torch.sin(grid) - taylor(grid, k)).abs().max().item() for k in degrees]
print(f"\n{'degree k':>8}  {'max error, [−π, π]':>18}  {'π^(k+2)/(k+2)!':>14}")
for k, w in zip(degrees, worst, strict=True):
    # Taylor's theorem with T_k = T_(k+1) (odd k) and |sin^(k+2)| ≤ 1
    bound = math.pi ** (k + 2) / math.factorial(k + 2)
    print(f"{k:8d}  {w:18.2e}  {bound:14.2e}")
    assert w <= bound  # by ≥ 6e-3, while round-off is ≈ 1e-15
# each degree is more accurate than the one before
assert all(later < earlier for earlier, later in itertools.pairwise(worst))

# 601 points on [−2π, 2π], with ideal sines: the same on every machine
xs = torch.arange(-300, 301, dtype=torch.float64) * (math.pi / 150)
fig, ax = plt.subplots(figsize=(7.2, 4.4), num="taylor")
plot(
    ax,
    xs,
    [ideal(mpmath.sin, xs)] + [taylor(xs, k) for k in degrees],
    ["sin x"] + [f"degree {k}" for k in degrees],
    ["k-", "C0--", "C1--", "C2--", "C3--"],
    title="Taylor polynomials of sin x around 0",
    ylim=(-2.5, 2.5),
)
ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5))
far = taylor(torch.tensor(2 * math.pi, dtype=torch.float64), 7).item()
print(f"\nplotted on [−2π, 2π]; at 2π degree 7 gives {far:.1f} (sin 2π = 0)")
