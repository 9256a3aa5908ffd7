import torch
from torch.func import jacfwd, jacrev

hidden = 16


def many_inputs(n):  # a random tanh layer R^n -> R (one output), and a point
    W = torch.randn(hidden, n, dtype=torch.float64)
    c = torch.randn(hidden, dtype=torch.float64)
    w = torch.randn(hidden, dtype=torch.float64)
    point = torch.randn(n, dtype=torch.float64)
    return (lambda x: w @ torch.tanh(W @ x + c)), point


def many_outputs(m):  # a random tanh layer R -> R^m (one input), and a point
    v = torch.randn(hidden, dtype=torch.float64)
    c = torch.randn(hidden, dtype=torch.float64)
    W = torch.randn(m, hidden, dtype=torch.float64)
    point = torch.randn((), dtype=torch.float64)
    return (lambda s: W @ torch.tanh(v * s + c)), point


dims = [1, 2, 4, 8, 16, 32, 64, 128]
# (dim, cost of the function, of jacrev, of jacfwd), for each case
sweep = {"many inputs": [], "many outputs": []}
calls = {"jacrev": [], "jacfwd": []}  # aten calls, in the one-output case
torch.manual_seed(0)
for d in dims:
    for case, make in zip(sweep, (many_inputs, many_outputs), strict=True):
        fn, point = make(d)
        # the same Jacobian either way (sums of 16 products, in other
        # orders: ≲ 1e-13 apart, default tol 1e-7); only the cost differs
        torch.testing.assert_close(jacrev(fn)(point), jacfwd(fn)(point))
        rev, fwd = cost(jacrev(fn), point), cost(jacfwd(fn), point)
        base = cost(fn, point)
        sweep[case].append((d, base["total"], rev["total"], fwd["total"]))
        if case == "many inputs":
            calls["jacrev"].append(rev["calls"])
            calls["jacfwd"].append(fwd["calls"])

for case, rows in sweep.items():
    print(f"{case}: cost of the full Jacobian in evaluations of the function")
    print(f"  {'dim':>4s} {'function':>8s} {'jacrev':>8s} {'jacfwd':>8s}")
    for d, c0, cr, cf in rows:
        print(f"  {d:4d} {c0:8,d} {cr / c0:8.2f} {cf / c0:8.2f}")
for mode, counts in calls.items():
    print(f"aten calls by {mode}, n = 1 to 128: {min(counts)} to {max(counts)}")

for d, c0, cr, cf in sweep["many inputs"]:
    assert cr / c0 < 3  # reverse mode: one backward pass, whatever n is
    assert d <= cf / c0 <= d + 3  # forward mode: one JVP per input
for d, c0, cr, cf in sweep["many outputs"]:
    assert cf / c0 < 4  # forward mode: one JVP
    assert d <= cr / c0 <= d + 3  # reverse mode: one VJP per output
# Counting calls would hide all this: vmap batches the n passes together.
for counts in calls.values():
    assert max(counts) <= min(counts) + 2
