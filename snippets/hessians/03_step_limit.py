import torch


def gradient_descent(f, x0, lr, steps, tol=None, x_star=None):
    """Iterate x ← x − lr·∇f(x) (gradient by autograd); stop early within `tol` of `x_star`.

    Returns every iterate, x0 included, as the rows of one tensor.
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
runs = {factor: gradient_descent(f, point, factor * limit, steps=60) for factor in (0.95, 1.05)}
dists = {factor: torch.linalg.norm(xs, dim=1) for factor, xs in runs.items()}  # the minimum is x* = 0

print(f"step-size limit 2/λ_max = {limit:.6f}")
print(" step k   ‖x_k‖ for η = 0.95·limit   ‖x_k‖ for η = 1.05·limit")
for k in range(0, 61, 10):
    print(f"{k:7d}   {dists[0.95][k]:24.3e}   {dists[1.05][k]:24.3e}")

# Below the limit the iterates shrink towards the minimum; above it they blow up.
assert dists[0.95][-1] < 1e-2 * dists[0.95][0]
assert dists[1.05][-1] > 100 * dists[1.05][0]

# Independent check: in the eigenbasis each coordinate is multiplied by (1 − ηλ_i) per step,
# so x_k = Q diag((1 − ηλ_i)^k) Qᵀ x_0 in closed form.
Lam, Q = torch.linalg.eigh(H_closed)
k = torch.arange(61, dtype=torch.float64)[:, None]
for factor, xs in runs.items():
    eta = factor * limit
    predicted = ((1 - eta * Lam) ** k * (Q.T @ point)) @ Q.T
    torch.testing.assert_close(xs, predicted)
    rate = abs(1 - eta * lam_max)
    measured = (dists[factor][-1] / dists[factor][-2]).item()
    print(f"η = {factor}·limit: |1 − ηλ_max| = {rate:.4f}, measured ‖x_60‖ / ‖x_59‖ = {measured:.4f}")
    assert abs(measured - rate) < 1e-6
