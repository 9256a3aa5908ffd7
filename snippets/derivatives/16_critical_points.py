import torch

# Critical points: f'(a) = 0. A minimum, a maximum and neither, all at a = 0.
cases = {
    "x²": (lambda x: x**2, "minimum"),
    "−x²": (lambda x: -(x**2), "maximum"),
    "x³": (lambda x: x**3, "neither (inflection)"),
}
print(f"{'f':4s} {'at 0':22s} {'f′(0)':>6s} {'f″(0)':>6s}  x_k from 0")
for name, (fn, kind) in cases.items():
    d0, d1, d2 = derivatives(fn, 0.0, 2)
    # f'(0) = 0, so the step −η·f'(0) is 0 whatever η is: gradient descent
    # started at a critical point never moves (exact: every value is 0 or ±2).
    stays = [gradient_descent(fn, 0.0, eta, 5) for eta in (0.1, 0.5, 1.0)]
    assert d1.item() == 0 and all(torch.all(p == 0) for p in stays)
    print(f"{name:4s} {kind:22s} {d1.item() + 0.0:6g} {d2.item():6g}  0, 0, 0, …")

# f″ > 0 at a critical point makes it a minimum, f″ < 0 a maximum; f″ = 0
# decides nothing: x³ has no extremum at 0, while x⁴ has a minimum there.
# Then there is no quadratic to compare with, and the step-size rule
# 0 < η < 2/f″ says nothing. Gradient descent with η = 0.1 from 0.5:
eta, steps = 0.1, 100
runs = {
    "x²": gradient_descent(lambda x: x**2, 0.5, eta, steps),
    "x⁴": gradient_descent(lambda x: x**4, 0.5, eta, steps),
    "x³": gradient_descent(lambda x: x**3, 0.5, eta, steps),
}
for name, path in runs.items():
    print(f"{name}: x_{steps} = {path[-1]:.3g}")
# x²: x_k = 0.5·0.8^k, so x_100 ≈ 1e-10 (geometric, f″(0) = 2 > 0).
# x⁴: x ← x − 0.4x³ creeps like 1/√(0.8k): still above 0.1 after 100
# steps. x³: x ← x − 0.3x² creeps towards 0, a critical point that is not a
# minimum (x³ has none). Round-off (≈ 1e-16 relative per step, and these
# maps do not amplify it) is far below the margins of these comparisons.
sq, quartic, cubic = (p[-1].item() for p in runs.values())
assert abs(sq - 0.5 * 0.8**steps) < 1e-20 and sq < 1e-9
assert quartic > 0.1 and 0 < cubic < 0.05
assert torch.all(runs["x³"][1:] < runs["x³"][:-1])  # always downhill, to 0
