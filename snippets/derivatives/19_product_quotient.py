import math

import torch

x0 = 2.0
x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
(torch.sin(x) * torch.exp(x)).backward()
product_auto = x.grad.item()
x.grad = None  # start the next derivative afresh instead of accumulating
(torch.sin(x) / torch.exp(x)).backward()
quotient_auto = x.grad.item()

s, c, e = math.sin(x0), math.cos(x0), math.exp(x0)
product_hand = c * e + s * e  # (uv)' = u'v + uv'
quotient_hand = (c * e - s * e) / e**2  # (u/v)' = (u'v − uv')/v²
print(f"(sin x · eˣ)′ at 2: autograd {product_auto:13.10f}")
print(f"                  product rule {product_hand:13.10f}")
print(f"(sin x / eˣ)′ at 2: autograd {quotient_auto:13.10f}")
print(f"                 quotient rule {quotient_hand:13.10f}")
# Each side is a few operations, each within an ulp: they differ by ≤ 1e-14
# for the product (terms ≈ 7) and ≤ 3e-16 for the quotient (≈ −0.18).
# tol 1e-12 and 1e-14 (≥ 30×); a sign error in either rule is off by ≥ 0.1.
assert abs(product_auto - product_hand) < 1e-12
assert abs(quotient_auto - quotient_hand) < 1e-14
