import torch


def f(x1, x2):
    return x1**2 * x2 + x1 * x2**2


# the base point a = (a1, a2) = (1, 2)
a1 = torch.tensor(1.0, dtype=torch.float64)
a2 = torch.tensor(2.0, dtype=torch.float64)
df_dx1 = 2 * a1 * a2 + a2**2  # 2x₁x₂ + x₂²
df_dx2 = a1**2 + 2 * a1 * a2  # x₁² + 2x₁x₂

print(f"f(1, 2) = {f(a1, a2).item():.1f}")
print("      h | quotient in x₁   error | quotient in x₂   error")
for h in [1e-1, 1e-2, 1e-3, 1e-4, 1e-5]:
    q1 = (f(a1 + h, a2) - f(a1, a2)) / h  # x₂ frozen at 2, only x₁ moves
    q2 = (f(a1, a2 + h) - f(a1, a2)) / h  # x₁ frozen at 1, only x₂ moves
    e1 = (q1 - df_dx1).item()
    e2 = (q2 - df_dx2).item()
    in_1, in_2 = f"{q1.item():13.6f} {e1:8.1e}", f"{q2.item():13.6f} {e2:8.1e}"
    print(f"{h:7.0e} | {in_1} | {in_2}")
    # Expanding f gives each quotient's error exactly: x₂·h in x₁, x₁·h in
    # x₂. Round-off: f ≈ 6 is off by ≤ 3·eps·|f| ≈ 4e-15, so a quotient by
    # ≤ 4e-15/h = 4e-10 at h = 1e-5: tol 1e-8 (25×); swapping x₁·h and x₂·h
    # would miss by h ≥ 1e-5.
    assert abs(e1 - a2.item() * h) < 1e-8
    assert abs(e2 - a1.item() * h) < 1e-8

print(f"2x₁x₂ + x₂² at (1, 2) = {df_dx1.item():.1f}")
print(f"x₁² + 2x₁x₂ at (1, 2) = {df_dx2.item():.1f}")
