import torch
from torch.func import jacfwd, jacrev

torch.manual_seed(5)
W = torch.randn(4, 64, dtype=torch.float64)


def k(x):  # R^64 -> R^4
    return torch.tanh(W @ x)


x = torch.randn(64, dtype=torch.float64)
# one Jacobian, two orders of the same products: ≲ 1e-13 apart (tol 1e-7)
torch.testing.assert_close(jacrev(k)(x), jacfwd(k)(x))
base = cost(k, x)["total"]
rev = cost(jacrev(k), x)["total"] / base
fwd = cost(jacfwd(k), x)["total"] / base
print(f"jacrev: {rev:.2f} evaluations of k (one VJP per output, m = 4)")
print(f"jacfwd: {fwd:.2f} evaluations of k (one JVP per input, n = 64)")
print(f"reverse mode is {fwd / rev:.1f} times cheaper here")
assert 4 <= rev <= 4 + 3 and 64 <= fwd <= 64 + 3
# near n/m = 16, a bit less because each mode has a fixed overhead
assert 8 < fwd / rev < 16
