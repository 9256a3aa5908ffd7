import torch
from torch.func import jacrev

torch.manual_seed(3)
z = torch.randn(5)
s = torch.softmax(z, dim=0)

J_softmax = jacrev(lambda z: torch.softmax(z, dim=0))(z)
J_formula = torch.diag(s) - torch.outer(s, s)
torch.testing.assert_close(J_softmax, J_formula)
# The outputs always sum to 1, so no input change can move that sum:
# every column of J sums to 0.
torch.testing.assert_close(J_softmax.sum(dim=0), torch.zeros(5))
# J is also symmetric, since diag(s) and s sᵀ both are.
torch.testing.assert_close(J_softmax, J_softmax.T)
print(f"softmax Jacobian at a random z:\n{J_softmax}")
print(f"largest |column sum|: {J_softmax.sum(dim=0).abs().max().item():.1e}")
