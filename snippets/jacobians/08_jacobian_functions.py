import torch
from torch.func import jacfwd, jacrev, jvp, vjp

J_functional = torch.autograd.functional.jacobian(g, p)
J_rev = jacrev(g)(p)  # reverse mode: one vector-Jacobian product per row
J_fwd = jacfwd(g)(p)  # forward mode: one Jacobian-vector product per column
candidates = {
    "autograd.functional.jacobian": J_functional,
    "torch.func.jacrev": J_rev,
    "torch.func.jacfwd": J_fwd,
}
# As above: every entry is exact but cos 1 and sin 2, which kernels and
# libm give within 1 ulp (1.1e-16) each: tol 1e-14 (45×).
tight = {"rtol": 0, "atol": 1e-14}
for name, J_other in candidates.items():
    torch.testing.assert_close(J_other, J_closed, **tight)
    torch.testing.assert_close(J_other, J_rows, **tight)
    shape = tuple(J_other.shape)
    print(f"{name:<28} shape {shape}, max error < 1e-14")

# What the two modes compute: columns are J e_j, rows are e_iᵀ J.
_, pullback = vjp(g, p)
for j, e_j in enumerate(torch.eye(2)):
    column = jvp(g, (p,), (e_j,))[1]
    torch.testing.assert_close(column, J_closed[:, j], **tight)
for i, e_i in enumerate(torch.eye(3)):
    torch.testing.assert_close(pullback(e_i)[0], J_closed[i], **tight)
print("columns = JVPs with e₁, e₂; rows = VJPs with e₁, e₂, e₃")
