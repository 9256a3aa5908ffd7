import torch
from torch import nn


class TinyNet(nn.Module):
    """2 inputs -> 3 ReLU units -> 1 output."""

    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 3)
        self.out = nn.Linear(3, 1)

    def forward(self, x):
        return self.out(torch.relu(self.hidden(x)))


torch.manual_seed(3)
net = TinyNet().double()
Xs = torch.randn(6, 2, dtype=torch.float64)
ys = torch.randn(6, 1, dtype=torch.float64)


def mse():
    return nn.functional.mse_loss(net(Xs), ys)


net.zero_grad()
mse().backward()
for name, param in net.named_parameters():
    values = " ".join(f"{v:+.4f}" for v in param.grad.flatten().tolist())
    print(f"{name:14s} {tuple(param.shape)!s:7s} grad: {values}")

# By hand. nn.Linear stores its weight as (out, in): it computes x @ W.T + b.
W, c = net.hidden.weight.detach(), net.hidden.bias.detach()  # (3, 2), (3,)
V, d = net.out.weight.detach(), net.out.bias.detach()  # (1, 3), (1,)
Z = Xs @ W.T + c  # (6, 3)
act = torch.relu(Z)  # hidden activations
out = act @ V.T + d  # (6, 1)
d_out = 2 * (out - ys) / len(Xs)  # derivative of the mean of squares
d_Z = (d_out @ V) * (Z > 0)  # ReLU lets gradient through only where z > 0
hand = {
    "out.weight": d_out.T @ act,  # (1, 3)
    "out.bias": d_out.sum(0),
    "hidden.weight": d_Z.T @ Xs,  # (3, 2)
    "hidden.bias": d_Z.sum(0),
}
# No unit near ReLU's kink: a step of 1e-4 in one parameter moves Z by
# ≤ 1e-4·max|X| ≈ 3e-4 < 1e-3, so no unit switches on or off. The loss is
# then quadratic in each parameter, and central differences have no
# truncation error at all: only round-off, ≈ 1e-14/(2·1e-4) ≈ 1e-10.
assert Z.abs().min() > 1e-3 and 1e-4 * Xs.abs().max() < 1e-3


def fd_param(param, h=1e-4):  # central differences, one entry at a time
    grad = torch.zeros_like(param)
    with torch.no_grad():
        for i in range(param.numel()):
            old = param.view(-1)[i].item()
            param.view(-1)[i] = old + h
            up = mse().item()
            param.view(-1)[i] = old - h
            down = mse().item()
            param.view(-1)[i] = old
            grad.view(-1)[i] = (up - down) / (2 * h)
    return grad


# Autograd and the hand-written recipe: the same products (sums of ≤ 6,
# |terms| ≤ 2), perhaps in other orders: each side within 3ε·12 of the
# truth, ≤ 2e-14 apart; tol ≥ 1e-12 (60×). Finite differences: ≤ 1e-10 off;
# tol ≥ 1e-8 (100×). A gradient that ignored ReLU's gate is off by 0.1.
for name, param in net.named_parameters():
    torch.testing.assert_close(param.grad, hand[name], rtol=1e-12, atol=1e-12)
    fd = fd_param(param)
    torch.testing.assert_close(param.grad, fd, rtol=1e-6, atol=1e-8)
active = (Z > 0).sum(0).tolist()
print(f"samples that activate each hidden unit: {active} (of {len(Xs)})")
print("autograd = by hand = finite differences, for all 13 parameters")
assert sum(p.numel() for p in net.parameters()) == 13
