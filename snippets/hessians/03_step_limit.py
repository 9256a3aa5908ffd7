import torch


def gradient_descent(f, x0, lr, steps, tol=None, x_star=None):
    """Iterate x ← x − lr·∇f(x), with the gradient from autograd.

    Stops early once within `tol` of `x_star`. Returns all iterates
    (x0 included) as the rows of one tensor.
    """
    xs = [x0]
    for _ in range(steps):
        x = xs[-1].clone().requires_grad_()
        (grad,) = torch.autograd.grad(f(x), x)
        xs.append(xs[-1] - lr * grad)
        if tol is not None and torch.linalg.norm(xs[-1] - x_star) < tol:
            break
    return torch.stack(xs)


limit = 2 / lam_max
scales = (0.95, 1.05)
runs = {s: gradient_descent(f, point, s * limit, steps=60) for s in scales}
# The minimum is x* = 0: the norm of an iterate is its distance to it.
dists = {s: torch.linalg.norm(xs, dim=1) for s, xs in runs.items()}

print(f"step-size limit 2/λ_max = {limit:.6f}")
print("step k   ‖x_k‖, η = 0.95·limit   ‖x_k‖, η = 1.05·limit")
for k in range(0, 61, 10):
    print(f"{k:6d}   {dists[0.95][k]:19.3e}   {dists[1.05][k]:19.3e}")

# Below the limit the iterates shrink towards the minimum; above it they
# blow up.
assert dists[0.95][-1] < 1e-2 * dists[0.95][0]
assert dists[1.05][-1] > 100 * dists[1.05][0]

# Independent check: in the eigenbasis each coordinate is multiplied by
# (1 − ηλ_i) per step, so x_k = Q diag((1 − ηλ_i)^k) Qᵀ x_0 in closed form.
Lam, Q = torch.linalg.eigh(H_closed)
k = torch.arange(61, dtype=torch.float64)[:, None]
for scale, xs in runs.items():
    eta = scale * limit
    predicted = ((1 - eta * Lam) ** k * (Q.T @ point)) @ Q.T
    # Steps multiply errors by ≤ 1.1, as they do x_k: relative round-off
    # ≤ 60·10·eps ≈ 1e-13 on both sides, far inside assert_close's 1e-7.
    # (The same holds for the distances: their 4 printed digits are safe.)
    torch.testing.assert_close(xs, predicted)
    rate, other = abs(1 - eta * lam_max), abs(1 - eta * lam_min)
    measured = (dists[scale][-1] / dists[scale][-2]).item()
    print(f"η = {scale}·limit: |1−ηλ_max| = {rate:.4f},", end=" ")
    print(f"|1−ηλ_min| = {other:.4f}")
    print(f"    measured ‖x_60‖/‖x_59‖ = {measured:.4f}")
    # The other coordinate's share is ≤ (other/rate)^59 < 1e-26, round-off
    # ≈ 1e-13: tol 1e-6; the other rate is off by ≥ 0.5.
    assert abs(measured - rate) < 1e-6 and other < rate / 2
