import torch


def f(x):
    return 3 * x**2 - 4 * x


x = torch.tensor(1.0, dtype=torch.float64)
hs = torch.tensor([1e-1, 1e-2, 1e-3, 1e-4, 1e-5], dtype=torch.float64)
quotients = (f(x + hs) - f(x)) / hs

print(f"{'h':>8}  {'(f(1+h) − f(1))/h':>18}  {'error':>10}  {'error/h':>8}")
for h, q in zip(hs.tolist(), quotients.tolist(), strict=True):
    print(f"{h:8.0e}  {q:18.8f}  {q - 2:10.2e}  {(q - 2) / h:8.3f}")

# By algebra the quotient is 2 + 3h: the limit is 2 and the error is 3h.
# Round-off: 1 + h and f(1 + h) are rounded (f(1) = −1 and the differences
# are exact), which moves the quotient by ≤ 5ε/h ≈ 1.1e-10 at h = 1e-5:
# ≤ 4e-6 of the error 3h. rtol 1e-4 (25×); an error of 2h would be 33 % off.
torch.testing.assert_close(quotients - 2, 3 * hs, rtol=1e-4, atol=0)
# The same algebra for x²: ((x+h)² − x²)/h = 2x + h, at several points x.
# Round-off ≤ 4·9ε/h ≈ 1e-11 for |x| ≤ 3, under the default tol 1e-7; an
# error of −h instead of +h would be off by 2e-3.
xs, h = torch.tensor([-2.0, 0.5, 1.0, 3.0], dtype=torch.float64), 1e-3
torch.testing.assert_close(((xs + h) ** 2 - xs**2) / h, 2 * xs + h)
print("checked: for 3x² − 4x at 1 the quotient is 2 + 3h; for x² it is 2x + h")
