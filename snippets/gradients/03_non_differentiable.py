import math

import torch


def g(x):
    """x₁²x₂ / (x₁² + x₂²), and g(0) = 0: safe for autograd at the origin."""
    x1, x2 = x[0], x[1]
    r2 = x1**2 + x2**2
    at_0 = r2 == 0
    safe = torch.where(at_0, torch.ones_like(r2), r2)  # never divide by 0
    return torch.where(at_0, torch.zeros_like(r2), x1**2 * x2 / safe)


def quotient(point, t):
    """(g(0 + t·u) − g(0))/t for the point t·u."""
    return (g(point) - 0.0) / t


# Partial derivatives at 0: along each axis g(t, 0) = g(0, t) = 0 exactly.
for k in [1, 10, 20, 40]:
    t = 2.0**-k
    along_1 = quotient(torch.tensor([t, 0.0], dtype=torch.float64), t)
    along_2 = quotient(torch.tensor([0.0, t], dtype=torch.float64), t)
    assert along_1 == 0 and along_2 == 0
print("quotients along both axes: 0 at every step, so ∇g(0) = (0, 0)")

# Along u = (1, 1)/√2 take t = √2·2⁻ᵏ: the point t·u = (2⁻ᵏ, 2⁻ᵏ) is
# dyadic, g there is 2⁻ᵏ/2 exactly, and only √2 and the division round.
print("along u = (1, 1)/√2:")
print("       t          (g(t·u) − g(0))/t")
rates = []
for k in [1, 10, 20, 40]:
    t = math.sqrt(2) * 2.0**-k
    point = torch.tensor([2.0**-k, 2.0**-k], dtype=torch.float64)
    assert g(point).item() == 2.0 ** -(k + 1)  # exact
    rates.append(quotient(point, t).item())
    print(f"  √2·2^-{k:<2d}  {rates[-1]:.6f}")
# The same two roundings at every k: the quotients are equal, exactly.
assert all(r == rates[0] for r in rates)
D_u = rates[0]
# Each side is off from 1/(2√2) by ≤ 2 roundings of 0.35 (≤ 1.6e-16):
# tol 1e-15 (6×, no argument of size > 1 involved); the value
# ∇g(0)ᵀu = 0 that a differentiable g would give misses by 0.35.
assert abs(D_u - math.sqrt(2) / 4) < 1e-15
print(f"D_u g(0) = {D_u:.6f} = 1/(2√2), but ∇g(0)ᵀu = 0")


def g_as_written(x):  # the formula alone: 0/0 at the origin
    return x[0] ** 2 * x[1] / (x[0] ** 2 + x[1] ** 2)


def g_one_where(x):  # the right value at 0, but 0/0 still computed
    r2 = x[0] ** 2 + x[1] ** 2
    return torch.where(r2 == 0, torch.zeros_like(r2), x[0] ** 2 * x[1] / r2)


print("autograd at the origin:")
versions = [
    ("the formula as written", g_as_written),
    ("torch.where around 0/0", g_one_where),
    ("torch.where, safe division", g),
]
results = {}
for name, fn in versions:
    x = torch.zeros(2, dtype=torch.float64, requires_grad=True)
    value = fn(x)
    value.backward()
    results[name] = (value.item(), x.grad.tolist())
    print(f"  {name:<27} g(0) = {value.item()}, gradient {x.grad.tolist()}")
# 0/0 is NaN, and NaN times anything, even the 0 that torch.where sends
# to the branch it did not pick, is NaN again.
value, grad = results["the formula as written"]
assert math.isnan(value) and all(math.isnan(v) for v in grad)
value, grad = results["torch.where around 0/0"]
assert value == 0 and all(math.isnan(v) for v in grad)
# The safe version returns the partial derivatives, (0, 0) exactly ...
assert results["torch.where, safe division"] == (0.0, [0.0, 0.0])
# ... which predict the rate 0 along u, not the true D_u g(0).
assert D_u > 0.35
