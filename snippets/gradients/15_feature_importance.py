import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(5, 1, dtype=torch.float64)
# Dyadic data (integers over powers of 2) makes every product and sum below
# exact: the scores come out the same on every machine, to the last bit.
with torch.no_grad():  # weights k/256, |k| ≤ 114: about ±1/√5, as nn.Linear
    model.weight.copy_(torch.randint(-114, 115, (1, 5)) / 256)
    model.bias.copy_(torch.randint(-114, 115, (1,)) / 256)
w = model.weight.detach()[0]  # (5,)
# 3 examples, 5 features each: normal samples rounded to multiples of 1/64
inputs = torch.round(torch.randn(3, 5, dtype=torch.float64) * 64) / 64
inputs.requires_grad_(True)
targets = torch.round(torch.randn(3, dtype=torch.float64) * 64) / 64  # y
pred = model(inputs).squeeze(1)  # ŷ, one per example
pred.retain_grad()  # keep ∂ℓ/∂ŷ for the check below
loss = ((pred - targets) ** 2).sum()  # example i's loss sees only row i
loss.backward()
importance = inputs.grad.abs()  # |∂ℓ/∂x_j|, one row per example

dloss_dpred = 2 * (pred - targets).detach()  # by hand: ∂(ŷ − y)²/∂ŷ
expected = dloss_dpred.abs()[:, None] * w.abs()  # |∂ℓ/∂ŷ|·|w|
# ŷ = k/2¹⁴ and every score is k/2²² with |k| < 2²⁷: far inside float64's
# 53 bits, so nothing is rounded and both sides are equal.
assert torch.equal(pred.grad, dloss_dpred)
assert torch.equal(importance, expected)

names = [f"x{j + 1}" for j in range(5)]  # the code's x[0] is x₁
print("             |∂ℓ/∂ŷ|" + "".join(f"{name:>7}" for name in names))
print(f"{'|w|':20s}", " ".join(f"{v:6.3f}" for v in w.abs().tolist()))
for i in range(3):
    row = " ".join(f"{v:6.3f}" for v in importance[i].tolist())
    print(f"example {i + 1} {dloss_dpred[i].abs().item():10.4f} {row}")

order_w = torch.argsort(w.abs(), descending=True)
for row in importance:  # the same ranking for every example
    assert torch.equal(torch.argsort(row, descending=True), order_w)
ranking = ", ".join(names[j] for j in order_w.tolist())
print(f"features by importance, for every example: {ranking}")
