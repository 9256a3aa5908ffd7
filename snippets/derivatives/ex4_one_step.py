import torch


def loss(w):
    return (3 * w - 10) ** 2


w_star = 10 / 3
curv = derivatives(loss, 1.5, 2)[2].item()  # L''(w) = 2·3² = 18
eta = 1 / curv
w1 = gradient_descent(loss, 1.5, eta, 1)[-1].item()
print(f"L'' = {curv:g}, η = 1/L'' = {eta:.6f}")
print(f"one step takes w from 1.5 to {w1:.6f}; w* = 10/3 = {w_star:.6f}")
# L'' = 18 is exact (small integers); w1 = 1.5 − η·L'(1.5) takes 3 roundings
# near 3.3 (≤ 1.5e-15). tol 1e-12; the η of 2/L'' would land at 5.17.
assert curv == 18 and abs(w1 - w_star) < 1e-12

# Just below and just above the limit 2/L'' = 1/9 ≈ 0.111:
for eta in (0.10, 0.12):
    dist = (gradient_descent(loss, 1.5, eta, 5) - w_star).abs()
    shown = ", ".join(f"{d:.3f}" for d in dist.tolist())
    print(f"η = {eta:.2f}: distances to w* {shown}")
    grows = torch.all(dist[1:] > dist[:-1])
    shrinks = torch.all(dist[1:] < dist[:-1])
    assert grows if eta > 2 / curv else shrinks
