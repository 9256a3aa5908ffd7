import torch


def loss(w):
    return (3 * w - 10) ** 2


w_star = 10 / 3
curv = derivatives(loss, 1.5, 2)[2].item()  # L''(w) = 2·3² = 18
eta = 1 / curv
w1 = gradient_descent(loss, 1.5, eta, 1)[-1].item()
print(f"L'' = {curv:g}, η = 1/L'' = {eta:.6f}")
print(f"one step takes w from 1.5 to {w1:.6f}; w* = 10/3 = {w_star:.6f}")
assert abs(curv - 18) < 1e-12 and abs(w1 - w_star) < 1e-12

too_big = gradient_descent(loss, 1.5, 0.12, 5)  # 0.12 > 2/L'' = 1/9
dist = (too_big - w_star).abs()
print(f"η = 0.12 > 2/L'': distances to w* {[round(d, 3) for d in dist.tolist()]}")
assert torch.all(dist[1:] > dist[:-1])
