import torch


def f_quad(p):
    x1, x2 = p[0], p[1]
    return x1**2 + x2**2 - 2 * x1 - 4 * x2 + 5


eta, steps = 0.1, 40
p = torch.zeros(2, dtype=torch.float64, requires_grad=True)
path = [p.detach().clone()]
for _ in range(steps):
    f_quad(p).backward()
    with torch.no_grad():
        p -= eta * p.grad
    p.grad.zero_()
    path.append(p.detach().clone())
path = torch.stack(path)  # (steps + 1, 2)

minimum = torch.tensor([1.0, 2.0], dtype=torch.float64)
k = torch.arange(steps + 1, dtype=torch.float64)
closed_form = minimum - (0.8**k)[:, None] * minimum  # (1, 2) − 0.8^k·(1, 2)
# Each step rounds ≤ 3 times (≤ 3·eps·2.3 ≈ 1.5e-15) and the factor 0.8
# damps old errors, so p_k is off by ≤ 5 × that ≈ 8e-15 (0.8**k by 1 ulp):
# tol 1e-12 (100×); a factor 0.9 instead of 0.8 would miss by 0.1.
torch.testing.assert_close(path, closed_form, rtol=0, atol=1e-12)

dists = (path - minimum).norm(dim=1)
print("  k   x₁ of p_k  x₂ of p_k     f(p_k)  distance to (1, 2)")
for i in [*range(11), 15, 20, 30, 40]:
    x1_k, x2_k = path[i].tolist()
    f_k, d_k = f_quad(path[i]).item(), dists[i].item()
    print(f"{i:3d} {x1_k:11.6f} {x2_k:10.6f} {f_k:10.3e} {d_k:19.3e}")

assert torch.all(dists[1:] < dists[:-1])  # every step gets closer
assert dists[-1] < 1e-3  # after 40 steps we are within 0.001 of (1, 2)
