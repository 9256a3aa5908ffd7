import warnings

import torch
from torch.func import jacfwd, jacrev

# On its first use, forward mode makes PyTorch load internal helpers that still call the deprecated
# torch.jit.script; that warning concerns PyTorch's own code, not ours.
warnings.filterwarnings("ignore", message="`torch.jit.script` is deprecated", category=DeprecationWarning)

dims = [1, 2, 4, 8, 16, 32, 64, 128]
hidden = 16
sweep = {"many inputs": [], "many outputs": []}  # rows: (dim, forward, jacrev, jacfwd) costs
calls = {"jacrev": [], "jacfwd": []}  # aten calls, for the one-output case
torch.manual_seed(0)
for d in dims:
    # f: R^n -> R (one output), n = d
    W1 = torch.randn(hidden, d, dtype=torch.float64)
    c1 = torch.randn(hidden, dtype=torch.float64)
    w2 = torch.randn(hidden, dtype=torch.float64)

    def f(x, W1=W1, c1=c1, w2=w2):
        return w2 @ torch.tanh(W1 @ x + c1)

    x = torch.randn(d, dtype=torch.float64)
    torch.testing.assert_close(jacrev(f)(x), jacfwd(f)(x))  # same Jacobian, different cost
    rev, fwd = cost(jacrev(f), x), cost(jacfwd(f), x)
    sweep["many inputs"].append((d, cost(f, x)["total"], rev["total"], fwd["total"]))
    calls["jacrev"].append(rev["calls"])
    calls["jacfwd"].append(fwd["calls"])

    # g: R -> R^m (one input), m = d
    v1 = torch.randn(hidden, dtype=torch.float64)
    W2 = torch.randn(d, hidden, dtype=torch.float64)

    def g(s, v1=v1, c1=c1, W2=W2):
        return W2 @ torch.tanh(v1 * s + c1)

    s = torch.randn((), dtype=torch.float64)
    torch.testing.assert_close(jacrev(g)(s), jacfwd(g)(s))
    sweep["many outputs"].append((d, cost(g, s)["total"], cost(jacrev(g), s)["total"], cost(jacfwd(g), s)["total"]))

for case, rows in sweep.items():
    print(f"{case}: cost of the full Jacobian in forward passes")
    print(f"  {'dim':>4s} {'forward':>8s} {'jacrev':>8s} {'jacfwd':>8s}")
    for d, c0, cr, cf in rows:
        print(f"  {d:4d} {c0:8,d} {cr / c0:8.2f} {cf / c0:8.2f}")
for mode, counts in calls.items():
    print(f"aten calls made by {mode}: {min(counts)} to {max(counts)}, for n = {dims[0]} to {dims[-1]}")

for d, c0, cr, cf in sweep["many inputs"]:
    assert cr / c0 < 3  # reverse mode: one backward pass, whatever n is
    assert d <= cf / c0 <= d + 3  # forward mode: one JVP per input, so about n forward passes
for d, c0, cr, cf in sweep["many outputs"]:
    assert cf / c0 < 4  # forward mode: one JVP
    assert d <= cr / c0 <= d + 3  # reverse mode: one VJP per output
# Counting calls would hide all this: vmap batches the n passes into the same few calls.
for counts in calls.values():
    assert max(counts) <= min(counts) + 2
