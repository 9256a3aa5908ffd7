import math

import torch
from torch.func import jvp

print(f"{'angle':>5} {'v':>18} {'Jv (torch.func.jvp)':>20}")
for degrees in (0, 60, 135, 240):
    theta = math.radians(degrees)
    v = torch.tensor([math.cos(theta), math.sin(theta)])
    _, jv_func = jvp(f, (x0,), (v,))  # forward mode: J is never built
    _, jv_autograd = torch.autograd.functional.jvp(f, x0, v)
    jv_matrix = J @ v
    t = 1e-6
    jv_fd = (f(x0 + t * v) - f(x0 - t * v)) / (2 * t)  # central difference
    # J @ v and autograd.functional.jvp may round the sums of 2 products
    # (≤ 3 each) differently: each is off by ≤ 2·eps·4 ≈ 2e-15, so tol
    # 1e-13 (25×); the transposed J would miss by ≥ 0.25.
    torch.testing.assert_close(jv_func, jv_matrix, rtol=0, atol=1e-13)
    torch.testing.assert_close(jv_func, jv_autograd, rtol=0, atol=1e-13)
    # FD: no truncation (f is quadratic). f ≈ 2.8 is off by ≤ 4·eps·2.8
    # ≈ 2.5e-15, so jv_fd by ≤ 2·2.5e-15/(2t) = 2.5e-9: tol 1e-7 (40×).
    torch.testing.assert_close(jv_func, jv_fd, rtol=0, atol=1e-7)
    v_text = f"({v[0].item():7.4f}, {v[1].item():7.4f})"
    jv_text = f"({jv_func[0].item():8.4f}, {jv_func[1].item():8.4f})"
    print(f"{degrees:>4}° {v_text} {jv_text}")
print("J @ v, autograd.functional.jvp: within 1e-13 of forward mode")
print("central differences, t = 1e-6:  within 1e-7 (round-off only)")
