import math
import warnings

import torch
from torch.func import jvp

header = ["angle", "v", "Jv (torch.func.jvp)", "vs J @ v", "vs autograd.jvp", "vs finite diff."]
print(f"{header[0]:>6} {header[1]:>18} {header[2]:>20} {header[3]:>9} {header[4]:>16} {header[5]:>16}")
for degrees in (0, 60, 135, 240):
    theta = math.radians(degrees)
    v = torch.tensor([math.cos(theta), math.sin(theta)], dtype=torch.float64)
    with warnings.catch_warnings():
        # The first forward-mode call makes PyTorch 2.13 warn about its OWN internal use of the
        # deprecated torch.jit.script; it says nothing about this code, so silence just that one.
        warnings.filterwarnings("ignore", message=r"`torch\.jit\.script` is deprecated", category=DeprecationWarning)
        _, jv_func = jvp(f, (x0,), (v,))  # forward mode: J is never built
    _, jv_autograd = torch.autograd.functional.jvp(f, x0, v)
    jv_matrix = J @ v
    t = 1e-6
    jv_fd = (f(x0 + t * v) - f(x0 - t * v)) / (2 * t)  # central difference along v
    torch.testing.assert_close(jv_func, jv_matrix)
    torch.testing.assert_close(jv_func, jv_autograd)
    torch.testing.assert_close(jv_func, jv_fd, rtol=1e-7, atol=1e-8)
    print(
        f"{degrees:>5}° ({v[0].item():7.4f}, {v[1].item():7.4f}) "
        f"({jv_func[0].item():8.4f}, {jv_func[1].item():8.4f}) "
        f"{(jv_func - jv_matrix).abs().max().item():9.1e} "
        f"{(jv_func - jv_autograd).abs().max().item():16.1e} "
        f"{(jv_func - jv_fd).abs().max().item():16.1e}"
    )
