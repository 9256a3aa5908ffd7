import torch
from torch.func import jacrev

torch.manual_seed(3)
z = torch.randn(5)
s = torch.softmax(z, dim=0)

J_softmax = jacrev(lambda z: torch.softmax(z, dim=0))(z)
J_formula = torch.diag(s) - torch.outer(s, s)
# Entries ≤ 0.25 from a couple of roundings each (and s, which may differ
# by an ulp or two): ≤ 4·eps·0.25 ≈ 2e-16. tol 1e-14 (50×); diag(s) alone
# would miss by max s_i² ≈ 0.13.
tight = {"rtol": 0, "atol": 1e-14}
torch.testing.assert_close(J_softmax, J_formula, **tight)
# J is also symmetric, since diag(s) and s sᵀ both are.
torch.testing.assert_close(J_softmax, J_softmax.T, **tight)
# The outputs always sum to 1, so no input change can move that sum:
# every column of J sums to 0. Round-off: Σ|J_ij| = 2s_j(1 − s_j) ≤ 0.5
# summed with ≤ 4·eps, plus s_j·|1 − Σs| ≤ 0.4·5·eps: ≈ 1e-15 in all.
# tol 1e-13 (90×); diag(s) alone would have column sums s_j, up to 0.37.
column_sums = J_softmax.sum(dim=0)
assert column_sums.abs().max() < 1e-13
print(f"softmax Jacobian at a random z:\n{J_softmax}")
print("largest |column sum| < 1e-13: zero up to round-off")
