import math

import torch

x0 = 0.5
# sigmoid(x) = 1 / (1 + exp(-x)) as four simple steps
a = -x0
b = math.exp(a)
c = 1 + b
s = 1 / c
local = {"da/dx": -1.0, "db/da": math.exp(a), "dc/db": 1.0, "ds/dc": -1 / c**2}
chain = math.prod(local.values())

xt = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
torch.sigmoid(xt).backward()
closed = s * (1 - s)  # the famous σ' = σ(1 − σ)

for name, value in local.items():
    print(f"{name} = {value:+.6f}")
print(f"product of local derivatives: {chain:.10f}")
print(f"σ(x)(1 − σ(x))              : {closed:.10f}")
print(f"autograd                    : {xt.grad.item():.10f}")
# Each route is ≤ 8 roundings (and exp or sigmoid within an ulp) of values
# ≤ 1, with 1 − s amplifying s's error by s/(1 − s) ≤ 1.7: they differ by
# ≤ 1e-15. tol 1e-14 (10×); dropping the minus of da/dx flips the sign.
assert abs(chain - closed) < 1e-14
assert abs(xt.grad.item() - closed) < 1e-14
