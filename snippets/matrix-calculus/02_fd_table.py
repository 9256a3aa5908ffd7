from itertools import pairwise

VtV_max = (V.T @ V).abs().max().item()  # size of the exact remainder per t²

print(f"{'t':>8}  {'max |FD quotient − Df(X)[V]|':>28}  {'error / t':>10}")
errors = []
for k in range(7):
    t = 10.0**-k
    fd = (f(X + t * V) - f(X)) / t  # forward-difference quotient
    err = (fd - DfV).abs().max().item()
    errors.append(err)
    print(f"{t:8.0e}  {err:28.3e}  {err / t:10.3f}")
    # the error is exactly t·VᵀV (up to round-off), so error / t is constant
    assert abs(err / t - VtV_max) < 1e-3

print(f"max |VᵀV| = {VtV_max:.3f}")
assert all(e_next < e for e, e_next in pairwise(errors))  # shrinks with t
assert errors[-1] < 1e-5  # ... towards 0
