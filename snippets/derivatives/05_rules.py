import math

import torch


def derivative(f, x0):
    """f'(x0) by autograd: track gradients on x, compute y = f(x), call y.backward(), read x.grad."""
    x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    f(x).backward()
    return x.grad.item()


# (rule, f as text, f for autograd, f' written out by the rule, point)
rules = [
    ("constant", "7", lambda x: 0 * x + 7, lambda x: 0.0, 2.0),  # 0·x only ties the constant to x's graph
    ("power", "x⁵", lambda x: x**5, lambda x: 5 * x**4, 1.5),
    ("power", "x^(1/2)", lambda x: x**0.5, lambda x: 0.5 * x ** (-0.5), 4.0),
    ("exp", "eˣ", torch.exp, lambda x: math.exp(x), 1.0),
    ("log", "ln x", torch.log, lambda x: 1 / x, 2.0),
    ("sine", "sin x", torch.sin, lambda x: math.cos(x), 1.0),
    ("cosine", "cos x", torch.cos, lambda x: -math.sin(x), 1.0),
    ("constant multiple", "4x³", lambda x: 4 * x**3, lambda x: 4 * (3 * x**2), 1.5),
    ("sum", "x² + ln x", lambda x: x**2 + torch.log(x), lambda x: 2 * x + 1 / x, 2.0),
    ("product", "x²·eˣ", lambda x: x**2 * torch.exp(x), lambda x: 2 * x * math.exp(x) + x**2 * math.exp(x), 1.0),
    ("quotient", "ln x / x", lambda x: torch.log(x) / x, lambda x: ((1 / x) * x - math.log(x) * 1) / x**2, 2.0),
]

print(f"{'rule':18s} {'f(x)':10s} {'x':>4s} {'autograd':>12s} {'by the rule':>12s}")
for rule, text, f_torch, f_prime, x0 in rules:
    auto, hand = derivative(f_torch, x0), f_prime(x0)
    print(f"{rule:18s} {text:10s} {x0:4.1f} {auto:12.8f} {hand:12.8f}")
    assert abs(auto - hand) < 1e-12, rule
print(f"all {len(rules)} rules agree with autograd")
