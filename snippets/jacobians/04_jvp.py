import math

import torch
from torch.func import jvp

header = f"{'angle':>5} {'v':>18} {'Jv (torch.func.jvp)':>20} "
print(header + f"{'vs J@v':>8} {'vs a.f.':>8} {'vs FD':>8}")
for degrees in (0, 60, 135, 240):
    theta = math.radians(degrees)
    v = torch.tensor([math.cos(theta), math.sin(theta)])
    _, jv_func = jvp(f, (x0,), (v,))  # forward mode: J is never built
    _, jv_autograd = torch.autograd.functional.jvp(f, x0, v)
    jv_matrix = J @ v
    t = 1e-6
    jv_fd = (f(x0 + t * v) - f(x0 - t * v)) / (2 * t)  # central difference
    torch.testing.assert_close(jv_func, jv_matrix)
    torch.testing.assert_close(jv_func, jv_autograd)
    torch.testing.assert_close(jv_func, jv_fd, rtol=1e-7, atol=1e-8)
    others = (jv_matrix, jv_autograd, jv_fd)
    gaps = [f"{(jv_func - o).abs().max().item():8.1e}" for o in others]
    v_text = f"({v[0].item():7.4f}, {v[1].item():7.4f})"
    jv_text = f"({jv_func[0].item():8.4f}, {jv_func[1].item():8.4f})"
    print(f"{degrees:>4}° {v_text} {jv_text} " + " ".join(gaps))
