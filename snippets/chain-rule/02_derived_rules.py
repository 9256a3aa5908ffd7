import math

import torch


def derivative(f, a):
    """f'(a) by autograd."""
    x = torch.tensor(a, dtype=torch.float64, requires_grad=True)
    f(x).backward()
    return x.grad.item()


# Power rule from the chain rule: for x > 0, x^n = exp(n·ln x), so
# (x^n)' = exp(n·ln x)·(n/x) = n·x^(n−1). Autograd differentiates the
# exp-of-log form through exp and log only, never through a power.
print(f"{'n':>5} {'x':>4} {'exp(n ln x) by autograd':>24} {'n·x^(n−1)':>12}")
for n, a in ((5, 1.5), (-2, 2.0), (0.5, 4.0), (math.pi, 0.7)):
    auto = derivative(lambda x, n=n: torch.exp(n * torch.log(x)), a)
    rule = n * a ** (n - 1)
    print(f"{n:5.3g} {a:4.1f} {auto:24.10f} {rule:12.10f}")
    # exp, log and pow are each within an ulp or two, and n·ln x is ≤ 2.1 in
    # size, so exp's argument carries ≤ 4 ulp(2.1) ≈ 2e-15 of error: the two
    # sides agree to ≤ 1e-14 relative. rtol 1e-12 (100×); n·x^n or x^(n−1)
    # without the factor n is off by ≥ 30 %.
    assert abs(auto - rule) <= 1e-12 * abs(rule)


# Quotient rule from the chain rule: (1/g)' = −g'/g² (outer function 1/v with
# derivative −1/v², inner g), and then the product rule on f·(1/g).
def f(x):
    return x**2 + 1


def g(x):
    return x**3 - 2


def df(x):  # f'(x), by hand
    return 2 * x


def dg(x):  # g'(x), by hand
    return 3 * x**2


print(f"\n{'x':>5} {'(f/g)′ autograd':>16} {'(f·(1/g))′ autograd':>20} {'quotient rule':>14}")
for a in (0.5, 1.5, 2.0, 3.0):  # g(x) ≠ 0 at all of them
    whole = derivative(lambda x: f(x) / g(x), a)
    via_reciprocal = derivative(lambda x: f(x) * (1 / g(x)), a)
    rule = (df(a) * g(a) - f(a) * dg(a)) / g(a) ** 2
    print(f"{a:5.1f} {whole:16.10f} {via_reciprocal:20.10f} {rule:14.10f}")
    # Rational functions of dyadic a: a dozen roundings of values ≤ 30
    # (|g| ≥ 1.375 here), so the three agree to ≤ 1e-14; tol 1e-12 (100×).
    # The sign error f·g' − f'·g would flip every value.
    assert abs(whole - rule) < 1e-12 and abs(via_reciprocal - rule) < 1e-12
