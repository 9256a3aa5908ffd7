import math

import torch

# 720 directions, every 0.5°
thetas = torch.arange(720, dtype=torch.float64) * (2 * math.pi / 720)
units = cos_sin(thetas)  # correctly rounded, defined above
h = 1e-6
print("           point    ‖∇f‖  max D_u f  angle of ∇f   best u")
for k in [0, 5, 11]:
    pt, g = points[k], grads[k]
    # Directional derivatives along all 720 unit vectors by central
    # differences: no autograd involved.
    ahead, behind = pt + h * units, pt - h * units
    D = (bowl(*ahead.T) - bowl(*behind.T)) / (2 * h)
    # D_u f = ∇f·u for every direction. Truncation h²/6·|f‴| ≈ 2e-12;
    # round-off: f ≤ 5 off by ≤ 4·eps·8 ≈ 7e-15 (and pt ± h·u), so D by
    # ≤ 2·1e-14/(2h) = 1e-8: tol 1e-6 (100×); a 1° error in ∇f gives 0.05.
    torch.testing.assert_close(D, units @ g, rtol=0, atol=1e-6)
    best = thetas[D.argmax()]
    grad_angle = torch.atan2(g[1], g[0]) % (2 * math.pi)
    gap = torch.remainder(best - grad_angle + math.pi, 2 * math.pi) - math.pi
    # the steepest of the 720 directions is the one closest to ∇f: within
    # half a step, π/720 (1e-12 covers the angles' round-off) ...
    assert abs(gap) <= math.pi / 720 + 1e-12
    # ... its rate is ‖∇f‖·cos(gap) ≥ ‖∇f‖(1 − 1e-5), and steepest descent
    # (rate −‖∇f‖) is along −∇f: tol 1e-4·‖∇f‖ (10×)
    assert abs(D.max() - g.norm()) < 1e-4 * g.norm()
    assert abs(D.min() + g.norm()) < 1e-4 * g.norm()
    where = f"({pt[0].item():.3f}, {pt[1].item():.3f})"
    a_grad, a_best = math.degrees(grad_angle), math.degrees(best)
    row = f"{where:>16} {g.norm().item():7.4f} {D.max().item():10.4f}"
    print(f"{row} {a_grad:11.2f}° {a_best:7.2f}°")
