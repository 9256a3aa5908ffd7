import torch
from torch.func import jacfwd, jacrev, jvp, vjp

J_functional = torch.autograd.functional.jacobian(g, p)
J_rev = jacrev(g)(p)  # reverse mode: one vector–Jacobian product per output (row)
J_fwd = jacfwd(g)(p)  # forward mode: one Jacobian–vector product per input (column)
for name, J_other in [
    ("autograd.functional.jacobian", J_functional),
    ("torch.func.jacrev", J_rev),
    ("torch.func.jacfwd", J_fwd),
]:
    torch.testing.assert_close(J_other, J_closed)
    torch.testing.assert_close(J_other, J_rows)
    print(
        f"{name:<29} shape {tuple(J_other.shape)}, max |J - closed form| = "
        f"{(J_other - J_closed).abs().max().item():.1e}"
    )

# What the two modes compute: columns are J e_j (JVPs), rows are e_iᵀ J (VJPs).
eye_in, eye_out = torch.eye(2, dtype=torch.float64), torch.eye(3, dtype=torch.float64)
_, pullback = vjp(g, p)
for j in range(2):
    torch.testing.assert_close(jvp(g, (p,), (eye_in[j],))[1], J_closed[:, j])
for i in range(3):
    torch.testing.assert_close(pullback(eye_out[i])[0], J_closed[i])
print("columns = JVPs with e_0, e_1; rows = VJPs with e_0, e_1, e_2: all match the closed form")
