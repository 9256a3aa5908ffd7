import itertools

import torch
import torch.nn.functional as F
from torch.utils.flop_counter import FlopCounterMode


def flops(fn, *args):
    """Floating-point operations of the matrix products fn(*args) runs (a deterministic cost measure)."""
    with FlopCounterMode(display=False) as counter:
        fn(*args)
    return counter.get_total_flops()


def costs(n_):
    """FLOPs of f, its gradient, one HVP and the full Hessian for a random softplus loss of n_ variables."""
    W_ = torch.randn(m, n_, dtype=torch.float64) / n_**0.5
    c_ = torch.randn(m, dtype=torch.float64)

    def loss_(x):
        return F.softplus(F.linear(x, W_, c_)).sum() + 0.05 * x @ x

    x_, v_ = torch.randn(n_, dtype=torch.float64), torch.randn(n_, dtype=torch.float64)
    return (
        flops(loss_, x_),
        flops(torch.func.grad(loss_), x_),
        flops(torch.func.jvp, torch.func.grad(loss_), (x_,), (v_,)),
        flops(torch.func.hessian(loss_), x_),
    )


torch.manual_seed(1)
print("    n   FLOPs: f(x)   gradient        HVP   full Hessian   HVP/gradient   Hessian/gradient")
ratios = []
for n_ in (25, 50, 100, 200):
    cost_f, cost_grad, cost_hvp, cost_hess = costs(n_)
    ratios.append((n_, cost_hvp / cost_grad, cost_hess / cost_grad))
    print(
        f"{n_:5d}   {cost_f:11d}   {cost_grad:8d}   {cost_hvp:8d}   {cost_hess:12d}"
        f"   {cost_hvp / cost_grad:12.1f}   {cost_hess / cost_grad:16.1f}"
    )

# An HVP costs the same small multiple of a gradient whatever n is; the full Hessian grows with n.
assert all(r_hvp == ratios[0][1] <= 4 for _, r_hvp, _ in ratios)
assert all(r1[2] < r2[2] for r1, r2 in itertools.pairwise(ratios))
assert all(n_ <= r_hess <= 1.1 * n_ for n_, _, r_hess in ratios)  # about n gradients

params = 10**8  # a mid-sized network, float32
print(
    f"storing a Hessian for {params:.0e} float32 parameters: {4 * params**2:.0e} bytes "
    f"(the gradient or an HVP: {4 * params:.0e} bytes)"
)
