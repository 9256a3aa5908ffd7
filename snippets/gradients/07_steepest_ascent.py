import math

import torch

# 720 directions, every 0.5°
thetas = torch.arange(720, dtype=torch.float64) * (2 * math.pi / 720)
units = torch.stack([torch.cos(thetas), torch.sin(thetas)], dim=1)
h = 1e-6
print("           point    ‖∇f‖  max D_u f  angle of ∇f   best u")
for k in [0, 5, 11]:
    pt, g = points[k], grads[k]
    # Directional derivatives along all 720 unit vectors by central
    # differences: no autograd involved.
    ahead, behind = pt + h * units, pt - h * units
    D = (bowl(*ahead.T) - bowl(*behind.T)) / (2 * h)
    # D_u f = ∇f·u for every direction
    torch.testing.assert_close(D, units @ g, rtol=1e-6, atol=1e-6)
    best = thetas[D.argmax()]
    grad_angle = torch.atan2(g[1], g[0]) % (2 * math.pi)
    gap = torch.remainder(best - grad_angle + math.pi, 2 * math.pi) - math.pi
    # the steepest of the 720 directions is the one closest to ∇f ...
    assert abs(gap) <= math.pi / 720 + 1e-12
    # ... its rate is ‖∇f‖, and steepest descent (rate −‖∇f‖) is along −∇f
    assert abs(D.max() - g.norm()) < 1e-4 * g.norm()
    assert abs(D.min() + g.norm()) < 1e-4 * g.norm()
    where = f"({pt[0].item():.3f}, {pt[1].item():.3f})"
    a_grad, a_best = math.degrees(grad_angle), math.degrees(best)
    row = f"{where:>16} {g.norm().item():7.4f} {D.max().item():10.4f}"
    print(f"{row} {a_grad:11.2f}° {a_best:7.2f}°")
