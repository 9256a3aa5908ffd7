import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils.flop_counter import FlopCounterMode

aten = torch.ops.aten


# FlopCounterMode knows matrix products (mm, addmm, bmm, ...). We add matrix-vector and dot products:
def mv_flop(a_shape, b_shape, *args, out_shape=None, **kwargs):
    return 2 * a_shape[0] * a_shape[1]


def dot_flop(a_shape, b_shape, *args, out_shape=None, **kwargs):
    return 2 * a_shape[0]


class ElementwiseCounter(TorchDispatchMode):
    """Sees every aten call; counts the calls and one operation per output element of elementwise ops."""

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.elementwise = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        self.calls += 1
        if torch.Tag.pointwise in func.tags and isinstance(out, torch.Tensor):  # tanh, mul, add, ...
            self.elementwise += out.numel()
        return out


def cost(fn, *args):
    """Deterministic cost of running fn(*args): matrix FLOPs + elementwise operations."""
    flops = FlopCounterMode(display=False, custom_mapping={aten.mv: mv_flop, aten.dot: dot_flop})
    with flops, ElementwiseCounter() as ew:
        fn(*args)
    matrix = flops.get_total_flops()
    return {"matrix": matrix, "elementwise": ew.elementwise, "total": matrix + ew.elementwise, "calls": ew.calls}


# The cheap gradient principle on a network's loss: gradient w.r.t. ALL parameters vs one forward pass.
def forward(model, X, y):
    return nn.functional.mse_loss(model(X), y)


def forward_backward(model, X, y):
    forward(model, X, y).backward()


print(f"{'width':>6s} {'parameters':>11s} {'forward':>12s} {'forward+backward':>17s} {'ratio':>6s}")
ratios = []
for width in (16, 64, 256, 1024):
    torch.manual_seed(0)
    mlp = nn.Sequential(
        nn.Linear(32, width), nn.Tanh(), nn.Linear(width, width), nn.Tanh(), nn.Linear(width, 1)
    ).double()
    Xb = torch.randn(64, 32, dtype=torch.float64)
    yb = torch.randn(64, 1, dtype=torch.float64)

    c_fwd, c_both = cost(forward, mlp, Xb, yb)["total"], cost(forward_backward, mlp, Xb, yb)["total"]
    n_params = sum(q.numel() for q in mlp.parameters())
    ratios.append(c_both / c_fwd)
    print(f"{width:6d} {n_params:11,d} {c_fwd:12,d} {c_both:17,d} {c_both / c_fwd:6.2f}")
assert all(2.0 < r < 3.5 for r in ratios)  # a small constant, whatever the number of parameters
print(f"a full gradient costs {min(ratios):.2f}–{max(ratios):.2f} forward passes, for up to {n_params:,d} parameters")
