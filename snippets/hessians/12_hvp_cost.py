import itertools

import torch
from torch.utils.flop_counter import FlopCounterMode


def flops(fn, *args):
    """FLOPs of the matrix products fn(*args) runs: a deterministic cost."""
    with FlopCounterMode(display=False) as counter:
        fn(*args)
    return counter.get_total_flops()


def costs(n_):
    """FLOPs of f, ∇f, an HVP and the Hessian, for a loss of n_ inputs."""
    loss_, _, _ = make_loss(n_)  # the same kind of function as above, n_ inputs
    x_ = torch.randn(n_, dtype=torch.float64)
    v_ = torch.randn(n_, dtype=torch.float64)
    grad_ = torch.func.grad(loss_)
    return (
        flops(loss_, x_),
        flops(grad_, x_),
        flops(torch.func.jvp, grad_, (x_,), (v_,)),
        flops(torch.func.hessian(loss_), x_),
    )


torch.manual_seed(1)
print("FLOPs of the matrix products, and their ratio to one gradient's:")
print("    n      f(x)  gradient       HVP    Hessian  HVP/grad  Hess/grad")
ratios = []
for n_ in (25, 50, 100, 200):
    cost_f, cost_grad, cost_hvp, cost_hess = costs(n_)
    ratios.append((n_, cost_hvp / cost_grad, cost_hess / cost_grad))
    row = f"{n_:5d}  {cost_f:8d}  {cost_grad:8d}  {cost_hvp:8d}"
    ratio_hvp, ratio_hess = cost_hvp / cost_grad, cost_hess / cost_grad
    print(f"{row}  {cost_hess:9d}  {ratio_hvp:8.1f}  {ratio_hess:9.1f}")

# An HVP costs the same small multiple of a gradient whatever n is ...
assert all(r_hvp == ratios[0][1] <= 4 for _, r_hvp, _ in ratios)
# ... while the full Hessian costs about n gradients.
assert all(r1[2] < r2[2] for r1, r2 in itertools.pairwise(ratios))
assert all(n_ <= r_hess <= 1.1 * n_ for n_, _, r_hess in ratios)

# The library helpers at n = 200: vhp runs the double backward once, hvp
# (the "double-backward trick") computes a VJP of a VJP of a VJP.
loss_200, _, _ = make_loss(200)
x_200 = torch.randn(200, dtype=torch.float64)
v_200 = torch.randn(200, dtype=torch.float64)
cost_vhp = flops(torch.autograd.functional.vhp, loss_200, x_200, v_200)
cost_hvp = flops(torch.autograd.functional.hvp, loss_200, x_200, v_200)
print(f"n = 200: autograd.functional.vhp {cost_vhp} FLOPs,", end=" ")
print(f"autograd.functional.hvp {cost_hvp} FLOPs")
assert cost_vhp < cost_hvp

params = 10**8  # a mid-sized network, in float32
print(f"a Hessian of {params:.0e} float32 parameters:", end=" ")
print(f"{4 * params**2:.0e} bytes,")
print(f"the gradient, or the result of an HVP: {4 * params:.0e} bytes")
