import torch

# z = f3(f2(f1(x))) with f1(x) = x², f2(u) = u + 1, f3(v) = v³, at a = 2
x = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
u = x**2  # f1
v = u + 1  # f2
z = v**3  # f3
u.retain_grad()  # keep dz/du and dz/dv, which autograd normally discards
v.retain_grad()
z.backward()

# By hand: the three local derivatives at the point, multiplied.
a = 2.0
u0 = a**2
v0 = u0 + 1
d1 = 2 * a  # f1'(x) = 2x at x = a
d2 = 1.0  # f2'(u) = 1
d3 = 3 * v0**2  # f3'(v) = 3v² at v = f2(f1(a))
by_hand = d3 * d2 * d1
closed_form = 3 * (a**2 + 1) ** 2 * 2 * a  # d/dx (x² + 1)³ at a

print(f"z = (x² + 1)³ at x = 2   : {z.item():.1f}")
print(f"local derivatives        : f3'(v) = {d3:.1f}, f2'(u) = {d2:.1f}, ", end="")
print(f"f1'(x) = {d1:.1f}")
print(f"by hand  f3'·f2'·f1'     : {by_hand:.1f}")
print(f"closed form 3(x²+1)²·2x  : {closed_form:.1f}")
print(f"autograd x.grad          : {x.grad.item():.1f}")
print(f"on the way back          : dz/dv = {v.grad.item():.1f}, ", end="")
print(f"dz/du = {u.grad.item():.1f}, dz/dx = {x.grad.item():.1f}")

# Independent check: a central difference on the composed function, float64.
h = 1e-6
up, down = ((a + h) ** 2 + 1) ** 3, ((a - h) ** 2 + 1) ** 3
central = (up - down) / (2 * h)
print(f"central difference       : {central:.4f}")

# Everything but the central difference is exact: small integers.
assert by_hand == closed_form == x.grad.item() == 300
assert v.grad.item() == d3  # backward starts at the output: f3'(v)
assert u.grad.item() == d3 * d2  # then multiplies by f2'(u)
# Central difference: truncation h²/6·|z‴| ≈ 2e-10 (z‴(2) = 1104), plus
# round-off: 2 ± h and the two values near 125 are rounded (by ≤ 2.2e-16
# and ≤ 8e-14), which moves the quotient by ≤ 1.5e-7. tol 1e-5 (60×);
# dropping the factor f1'(2) = 4 would be off by 225.
assert abs(central - closed_form) < 1e-5
