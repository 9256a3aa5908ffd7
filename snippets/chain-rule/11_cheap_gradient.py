import torch
from torch import nn
from torch.utils._python_dispatch import TorchDispatchMode
from torch.utils.flop_counter import FlopCounterMode

aten = torch.ops.aten


# FlopCounterMode knows matrix products (mm, addmm, bmm, ...).
# We add matrix-vector and dot products:
def mv_flop(a_shape, b_shape, *args, out_shape=None, **kwargs):
    return 2 * a_shape[0] * a_shape[1]


def dot_flop(a_shape, b_shape, *args, out_shape=None, **kwargs):
    return 2 * a_shape[0]


class ElementwiseCounter(TorchDispatchMode):
    """Sees every aten call. Counts the calls, and one operation per output
    element of each elementwise (pointwise) op: tanh, mul, add, ..."""

    def __init__(self):
        super().__init__()
        self.calls = 0
        self.elementwise = 0

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        out = func(*args, **(kwargs or {}))
        self.calls += 1
        if torch.Tag.pointwise in func.tags and isinstance(out, torch.Tensor):
            self.elementwise += out.numel()
        return out


def cost(fn, *args):
    """Deterministic cost of fn(*args): matrix FLOPs + elementwise ops."""
    extra = {aten.mv: mv_flop, aten.dot: dot_flop}
    flops = FlopCounterMode(display=False, custom_mapping=extra)
    with flops, ElementwiseCounter() as ew:
        fn(*args)
    matrix = flops.get_total_flops()
    return {
        "matrix": matrix,
        "elementwise": ew.elementwise,
        "total": matrix + ew.elementwise,
        "calls": ew.calls,
    }


# Cheap gradient principle: gradient w.r.t. ALL parameters vs one forward pass.
def forward(model, X, y):
    return nn.functional.mse_loss(model(X), y)


def forward_backward(model, X, y):
    forward(model, X, y).backward()


row = "{:>5} {:>10} {:>12} {:>12} {:>5}"
print(row.format("width", "parameters", "forward", "fwd+backward", "ratio"))
ratios, sizes = [], []
for width in (16, 64, 256, 1024):
    torch.manual_seed(0)
    mlp = nn.Sequential(
        nn.Linear(32, width),
        nn.Tanh(),
        nn.Linear(width, width),
        nn.Tanh(),
        nn.Linear(width, 1),
    ).double()
    Xb = torch.randn(64, 32, dtype=torch.float64)
    yb = torch.randn(64, 1, dtype=torch.float64)

    c_fwd = cost(forward, mlp, Xb, yb)
    c_both = cost(forward_backward, mlp, Xb, yb)
    # backward: at most two matrix products for each one in the forward pass
    assert c_both["matrix"] <= 3 * c_fwd["matrix"]
    n_params = sum(q.numel() for q in mlp.parameters())
    ratio = c_both["total"] / c_fwd["total"]
    ratios.append(ratio)
    sizes.append(n_params)
    fwd, both = f"{c_fwd['total']:,d}", f"{c_both['total']:,d}"
    print(row.format(width, f"{n_params:,d}", fwd, both, f"{ratio:.2f}"))
assert all(2.0 < r < 3.0 for r in ratios)  # a small constant, whatever the size
assert sizes[0] < 1000 and sizes[-1] > 1_000_000
print(f"gradient: {min(ratios):.2f} to {max(ratios):.2f} forward passes")
