import matplotlib.pyplot as plt
import torch

# One-sided difference quotients at a = 0 with dyadic steps h = 2^-k:
# ±h, |±h|, (±h)² and the divisions by ±h are all exact in float64, so every
# quotient below is computed without any round-off.
ks = torch.arange(0, 31)  # k = 0, 1, ..., 30
hs = 2.0 ** -ks.double()  # 1, 1/2, ..., 2^-30


def quotients(f):
    """(f(0 + h) − f(0))/h for h > 0 and for −h, at every step."""
    zero = torch.zeros((), dtype=torch.float64)
    return (f(hs) - f(zero)) / hs, (f(-hs) - f(zero)) / (-hs)


abs_right, abs_left = quotients(torch.abs)
sq_right, sq_left = quotients(torch.square)

print(f"{'h':>7}  {'|x|: right':>10}  {'|x|: left':>9}", end="")
print(f"  {'x²: right':>9}  {'x²: left':>9}")
for i in (0, 1, 10, 20, 30):
    row = [abs_right[i], abs_left[i], sq_right[i], sq_left[i]]
    cells = "  ".join(f"{v.item():9.3g}" for v in row)
    print(f"2^-{ks[i].item():<4d} {cells}")

# Exact: for |x| the quotient is +1 from the right and −1 from the left at
# every step, so the two one-sided limits differ and f'(0) does not exist.
assert torch.all(abs_right == 1) and torch.all(abs_left == -1)
# For x² both one-sided quotients are ±h: they meet at the limit 0 = f'(0).
assert torch.equal(sq_right, hs) and torch.equal(sq_left, -hs)

# ReLU = max(0, x) has the same kind of kink: right quotient 1, left 0.
relu_right, relu_left = quotients(torch.relu)
assert torch.all(relu_right == 1) and torch.all(relu_left == 0)
# Autograd still returns a number at the kink. It is a convention, not a
# derivative: PyTorch answers 0 for both |x| and relu (exact comparisons).
at_kink = {}
for name, kink in (("abs", torch.abs), ("relu", torch.relu)):
    x = torch.zeros((), dtype=torch.float64, requires_grad=True)
    kink(x).backward()
    at_kink[name] = x.grad.item()
assert at_kink == {"abs": 0.0, "relu": 0.0}
print(f"\nrelu: right quotient {relu_right[0]:g}, left {relu_left[0] + 0.0:g}")
print(f"autograd at 0: torch.abs → {at_kink['abs']:g}, ", end="")
print(f"torch.relu → {at_kink['relu']:g}")

fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.2), num="no-derivative")
xs = torch.arange(-100, 101, dtype=torch.float64) / 100  # −1, −0.99, …, 1
slopes = [-0.5, 0.0, 0.5]  # lines through (0, 0) that stay below |x|
plot(
    left,
    xs,
    [xs.abs()] + [m * xs for m in slopes],
    ["f(x) = |x|"] + [f"slope {m:g}".replace("-", "−") for m in slopes],
    ["k-", "C0--", "C1--", "C2--"],
    title="Many lines touch |x| at 0; none is a tangent",
)
left.plot([0.0], [0.0], "ko")
plot(
    right,
    hs,
    [abs_right, abs_left, sq_right, sq_left],
    ["|x|, from the right", "|x|, from the left", "x², from the right", "x², from the left"],
    ["C0o-", "C1o-", "C2s--", "C3s--"],
    xlabel="step h",
    ylabel="one-sided difference quotient at 0",
    title="Two one-sided limits: +1 and −1 for |x|",
    xscale="log",
    ylim=(-1.4, 1.4),
)
right.set_xscale("log", base=2)
right.legend(loc="upper left", bbox_to_anchor=(0.0, 0.84))
print(f"plotted the quotients for h = 1 … 2^-{ks[-1].item()}")
