import math

import torch

a = 0.5  # the point
# sigmoid(x) = 1 / (1 + exp(-x)) as four simple steps v1, ..., v4
v1 = -a
v2 = math.exp(v1)
v3 = 1 + v2
v4 = 1 / v3  # σ(a)
local = {
    "dv1/dx": -1.0,
    "dv2/dv1": math.exp(v1),
    "dv3/dv2": 1.0,
    "dv4/dv3": -1 / v3**2,
}
chain = math.prod(local.values())

xt = torch.tensor(a, dtype=torch.float64, requires_grad=True)
torch.sigmoid(xt).backward()
closed = v4 * (1 - v4)  # the famous σ' = σ(1 − σ)

for name, value in local.items():
    print(f"{name} = {value:+.6f}")
print(f"product of local derivatives: {chain:.10f}")
print(f"σ(x)(1 − σ(x))              : {closed:.10f}")
print(f"autograd                    : {xt.grad.item():.10f}")
# Each route is ≤ 8 roundings (and exp or sigmoid within an ulp) of values
# ≤ 1, with 1 − v4 amplifying v4's error by v4/(1 − v4) ≤ 1.7: they differ by
# ≤ 1e-15. tol 1e-14 (10×); dropping the minus of dv1/dx flips the sign.
assert abs(chain - closed) < 1e-14
assert abs(xt.grad.item() - closed) < 1e-14
