import torch


def loss(w):
    return (3 * w - 10) ** 2


curv = derivatives(loss, 1.5, 2)[2].item()  # L''(w) = 2·3² = 18
eta = 1 / curv
w1 = gradient_descent(loss, 1.5, eta, 1)[-1].item()
print(f"L'' = {curv:g}, η = 1/L'' = {eta:.6f}: one step takes w from 1.5 to {w1:.6f} (w* = 10/3 = {10 / 3:.6f})")
assert abs(curv - 18) < 1e-12 and abs(w1 - 10 / 3) < 1e-12
too_big = gradient_descent(loss, 1.5, 0.12, 5)  # 0.12 > 2/L'' = 1/9
print(f"η = 0.12 > 2/L'': distance to w* grows: {[round(abs(v - 10 / 3), 3) for v in too_big.tolist()]}")
assert torch.all((too_big[1:] - 10 / 3).abs() > (too_big[:-1] - 10 / 3).abs())
