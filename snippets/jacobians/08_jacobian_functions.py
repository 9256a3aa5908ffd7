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
for name, J_other in candidates.items():
    torch.testing.assert_close(J_other, J_closed)
    torch.testing.assert_close(J_other, J_rows)
    error = (J_other - J_closed).abs().max().item()
    print(f"{name:<28} shape {tuple(J_other.shape)}, max error {error:.1e}")

# What the two modes compute: columns are J e_j, rows are e_iᵀ J.
_, pullback = vjp(g, p)
for j, e_j in enumerate(torch.eye(2)):
    torch.testing.assert_close(jvp(g, (p,), (e_j,))[1], J_closed[:, j])
for i, e_i in enumerate(torch.eye(3)):
    torch.testing.assert_close(pullback(e_i)[0], J_closed[i])
print("columns = JVPs with e_0, e_1; rows = VJPs with e_0, e_1, e_2")
