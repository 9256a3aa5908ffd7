from itertools import pairwise

VtV_max = (V.T @ V).abs().max().item()  # size of the exact remainder per t²

print(f"{'t':>8}  {'max |FD quotient − Df(X)[V]|':>28}  {'error / t':>10}")
errors = []
for k in range(5):
    t = 10.0**-k
    fd = (f(X + t * V) - f(X)) / t  # forward-difference quotient
    err = (fd - DfV).abs().max().item()
    errors.append(err)
    print(f"{t:8.0e}  {err:28.3e}  {err / t:10.3f}")
    # The error is exactly t·VᵀV up to round-off, so error / t is constant.
    # Round-off: f(X) is exact, f(X + tV) (entries ≤ 72) is off by at most
    # 170·eps, so |error/t − max|VᵀV|| ≤ 170·eps/t² ≤ 4e-6 for t ≥ 1e-4
    # (the table stops there): tol 1e-4 (25×). A wrong remainder such as
    # 2t²VᵀV would give error / t = 8.5.
    assert abs(err / t - VtV_max) < 1e-4

print(f"max |VᵀV| = {VtV_max:.3f}")
assert all(e_next < e for e, e_next in pairwise(errors))  # shrinks with t
assert errors[-1] < 1e-3  # ... towards 0
