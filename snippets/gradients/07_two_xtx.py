import torch

x = torch.arange(4.0, dtype=torch.float64, requires_grad=True)  # (0, 1, 2, 3)
z = 2 * torch.dot(x, x)
z.backward()
print(f"x = {x.detach()}")
print(f"z = 2xᵀx = {z.item():.1f}")
print(f"x.grad = {x.grad}")
four_x = 4 * x.detach()
assert torch.equal(x.grad, four_x)  # closed form 4x: small integers, exact
fd = fd_grad(lambda v: 2 * torch.dot(v, v), x)
# No truncation (z is quadratic). Round-off: z ≈ 28 is off by ≤ 4·eps·28
# ≈ 3e-14 (with v ± h), so fd by ≤ 2·3e-14/(2h) = 3e-8: tol 1e-6 (33×);
# the wrong 2x misses by ≥ 2.
assert (fd - four_x).abs().max() < 1e-6
print("x.grad equals 4x, and central differences agree")
