import math

import torch
from torch.func import jvp

print(f"{'angle':>5} {'u':>18} {'Ju (torch.func.jvp)':>20}")
for degrees in (0, 60, 135, 240):
    theta = math.radians(degrees)
    u = torch.tensor([math.cos(theta), math.sin(theta)])  # a unit vector
    _, ju_func = jvp(f, (a,), (u,))  # forward mode: J is never built
    _, ju_autograd = torch.autograd.functional.jvp(f, a, u)
    ju_matrix = J @ u
    t = 1e-6
    ju_fd = (f(a + t * u) - f(a - t * u)) / (2 * t)  # central difference
    # J @ u and autograd.functional.jvp may round the sums of 2 products
    # (≤ 3 each) differently: each is off by ≤ 2·eps·4 ≈ 2e-15, so tol
    # 1e-13 (25×); the transposed J would miss by ≥ 0.25.
    torch.testing.assert_close(ju_func, ju_matrix, rtol=0, atol=1e-13)
    torch.testing.assert_close(ju_func, ju_autograd, rtol=0, atol=1e-13)
    # FD: no truncation (f is quadratic). f ≈ 2.8 is off by ≤ 4·eps·2.8
    # ≈ 2.5e-15, so ju_fd by ≤ 2·2.5e-15/(2t) = 2.5e-9: tol 1e-7 (40×).
    torch.testing.assert_close(ju_func, ju_fd, rtol=0, atol=1e-7)
    # Any other vector: v = 2u gives 2·Ju. Doubling is exact in floating
    # point, and forward mode only adds and multiplies: equal to the bit.
    _, jv = jvp(f, (a,), (2 * u,))
    assert torch.equal(jv, 2 * ju_func)
    u_text = f"({u[0].item():7.4f}, {u[1].item():7.4f})"
    ju_text = f"({ju_func[0].item():8.4f}, {ju_func[1].item():8.4f})"
    print(f"{degrees:>4}° {u_text} {ju_text}")
print("J @ u, autograd.functional.jvp: within 1e-13 of forward mode")
print("central differences, t = 1e-6:  within 1e-7 (round-off only)")
print("v = 2u, not a unit vector:      Jv = 2·Ju exactly")
