import torch

# y = f(g(h(x))) with h(x) = x², g(u) = u + 1, f(v) = v³, at x = 2
x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
u = x**2  # h
v = u + 1  # g
y = v**3  # f
u.retain_grad()  # keep dy/du and dy/dv, which autograd normally discards
v.retain_grad()
y.backward()

# By hand: the three local derivatives at the point, multiplied.
x0 = 2.0
u0 = x0**2
v0 = u0 + 1
dh = 2 * x0  # h'(x) = 2x
dg = 1.0  # g'(u) = 1
df = 3 * v0**2  # f'(v) = 3v²
by_hand = df * dg * dh
closed_form = 3 * (x0**2 + 1) ** 2 * 2 * x0  # d/dx (x² + 1)³

print(f"y = (x² + 1)³ at x = 2 : {y.item():.1f}")
print(f"local derivatives      : f'(v) = {df:.1f}, g'(u) = {dg:.1f}, ", end="")
print(f"h'(x) = {dh:.1f}")
print(f"by hand  f'·g'·h'      : {by_hand:.1f}")
print(f"closed form 3(x²+1)²·2x: {closed_form:.1f}")
print(f"autograd x.grad        : {x.grad.item():.1f}")
print(f"on the way back        : dy/dv = {v.grad.item():.1f}, ", end="")
print(f"dy/du = {u.grad.item():.1f}, dy/dx = {x.grad.item():.1f}")

# Independent check: a central difference on the composed function, in float64.
eps = 1e-6
up, down = ((x0 + eps) ** 2 + 1) ** 3, ((x0 - eps) ** 2 + 1) ** 3
central = (up - down) / (2 * eps)
print(f"central difference     : {central:.4f}")

# Everything but the central difference is exact: small integers.
assert by_hand == closed_form == x.grad.item() == 300
assert v.grad.item() == df  # backward starts at the output: f'(v)
assert u.grad.item() == df * dg  # then multiplies by g'(u)
# Central difference: truncation eps²/6·|y‴| ≈ 2e-10 (y‴(2) = 1104), plus
# round-off: 2 ± eps and the two values near 125 are rounded (by ≤ 2.2e-16
# and ≤ 8e-14), which moves the quotient by ≤ 1.5e-7. tol 1e-5 (60×);
# dropping the factor h'(x) = 4 would be off by 225.
assert abs(central - closed_form) < 1e-5
