import torch
from torch import nn

torch.manual_seed(3)
model = nn.Linear(5, 1).double()
w = model.weight.detach()[0]  # (5,)
# 3 examples, 5 features each
inputs = torch.randn(3, 5, dtype=torch.float64, requires_grad=True)
targets = torch.randn(3, dtype=torch.float64)
pred = model(inputs).squeeze(1)
pred.retain_grad()  # keep ∂loss/∂ŷ for the check below
loss = ((pred - targets) ** 2).sum()  # example i's loss sees only row i
loss.backward()
importance = inputs.grad.abs()  # |∂loss/∂input|, one row per example

dloss_dpred = 2 * (pred - targets).detach()  # by hand: ∂(ŷ − t)²/∂ŷ
torch.testing.assert_close(pred.grad, dloss_dpred)
expected = dloss_dpred.abs()[:, None] * w.abs()  # |∂loss/∂ŷ|·|w|
torch.testing.assert_close(importance, expected)

print("            |∂loss/∂ŷ|    x0     x1     x2     x3     x4")
print(f"{'|w|':22s}", " ".join(f"{v:6.3f}" for v in w.abs().tolist()))
for i in range(3):
    row = " ".join(f"{v:6.3f}" for v in importance[i].tolist())
    print(f"example {i} {dloss_dpred[i].abs().item():12.4f} {row}")

order_w = torch.argsort(w.abs(), descending=True)
for row in importance:  # the same ranking for every example
    assert torch.equal(torch.argsort(row, descending=True), order_w)
print(f"features by importance, for every example: {order_w.tolist()}")
