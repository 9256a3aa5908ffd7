import torch


def f(x, y):
    return x**2 * y + x * y**2


x0 = torch.tensor(1.0, dtype=torch.float64)
y0 = torch.tensor(2.0, dtype=torch.float64)
dfdx_formula = 2 * x0 * y0 + y0**2  # 2xy + y²
dfdy_formula = x0**2 + 2 * x0 * y0  # x² + 2xy

print(f"f(1, 2) = {f(x0, y0).item():.1f}")
print("      h | quotient in x    error | quotient in y    error")
for h in [1e-1, 1e-2, 1e-3, 1e-4, 1e-5]:
    qx = (f(x0 + h, y0) - f(x0, y0)) / h  # y frozen at 2, only x moves
    qy = (f(x0, y0 + h) - f(x0, y0)) / h  # x frozen at 1, only y moves
    ex = (qx - dfdx_formula).item()
    ey = (qy - dfdy_formula).item()
    in_x, in_y = f"{qx.item():13.6f} {ex:8.1e}", f"{qy.item():13.6f} {ey:8.1e}"
    print(f"{h:7.0e} | {in_x} | {in_y}")
    # Expanding f gives each quotient's error exactly: y·h in x, x·h in y.
    # Round-off: f ≈ 6 is off by ≤ 3·eps·|f| ≈ 4e-15, so a quotient by
    # ≤ 4e-15/h = 4e-10 at h = 1e-5: tol 1e-8 (25×); swapping x·h and y·h
    # would miss by h ≥ 1e-5.
    assert abs(ex - y0.item() * h) < 1e-8
    assert abs(ey - x0.item() * h) < 1e-8

print(f"2xy + y² at (1, 2) = {dfdx_formula.item():.1f}")
print(f"x² + 2xy at (1, 2) = {dfdy_formula.item():.1f}")
