import torch


def f(x):
    return 3 * x**2 - 4 * x


x = torch.tensor(1.0, dtype=torch.float64)
hs = 10.0 ** -torch.arange(1, 6, dtype=torch.float64)  # 0.1, 0.01, ..., 1e-5
quotients = (f(x + hs) - f(x)) / hs

print(f"{'h':>8}  {'(f(1+h) − f(1))/h':>18}  {'error':>10}  {'error/h':>9}")
for h, q in zip(hs.tolist(), quotients.tolist(), strict=True):
    print(f"{h:8.0e}  {q:18.10f}  {q - 2:10.2e}  {(q - 2) / h:9.5f}")

# By algebra the quotient is 2 + 3h: the limit is 2 and the error is 3h.
torch.testing.assert_close(quotients - 2, 3 * hs, rtol=1e-5, atol=0)
# The same algebra for x²: ((x+h)² − x²)/h = 2x + h, at several points x.
xs, h = torch.tensor([-2.0, 0.5, 1.0, 3.0], dtype=torch.float64), 1e-3
torch.testing.assert_close(((xs + h) ** 2 - xs**2) / h, 2 * xs + h)
print("checked: for 3x² − 4x at 1 the quotient is 2 + 3h; for x² it is 2x + h")
