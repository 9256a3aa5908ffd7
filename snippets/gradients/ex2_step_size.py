import torch


def run(eta, steps):
    p = torch.zeros(2, dtype=torch.float64, requires_grad=True)
    for _ in range(steps):
        f_quad(p).backward()
        with torch.no_grad():
            p -= eta * p.grad
        p.grad.zero_()
    return p.detach()


minimum = torch.tensor([1.0, 2.0], dtype=torch.float64)
for eta, steps in [(0.5, 1), (1.0, 1), (1.0, 2), (1.05, 40)]:
    p = run(eta, steps)
    # p_k − (1, 2) = (1 − 2η)^k · ((0, 0) − (1, 2))
    predicted = minimum - (1 - 2 * eta) ** steps * minimum
    # Each step adds ≤ 3 roundings (3·eps relative), so after 40 steps p is
    # off by ≤ 40·3·eps ≈ 3e-14 relative: rtol 1e-12 (40×); the factor
    # 1 − η in place of 1 − 2η would miss by O(1).
    torch.testing.assert_close(p, predicted, rtol=1e-12, atol=1e-12)
    if eta > 1:  # factor −1.1: 10 % further from (1, 2) with every step
        dist = (p - minimum).norm()  # off by ≤ 3e-14 relative, as above
        assert abs(dist - 1.1**steps * minimum.norm()) < 1e-9 * dist
    x1_k, x2_k = p.tolist()
    point = f"({x1_k:8.3f}, {x2_k:8.3f})"
    print(f"step size η = {eta:4.2f}, after {steps:2d} step(s): {point}")
