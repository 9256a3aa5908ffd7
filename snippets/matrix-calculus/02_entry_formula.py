import torch

# A 3×2 matrix with small integer entries: every sum and product below is
# exact, so the checks are exact equalities.
X3 = torch.tensor([[1.0, -2.0], [3.0, 0.0], [2.0, 5.0]], dtype=torch.float64)
n_rows, n_cols = X3.shape


# (XᵀX)ᵢⱼ = Σₖ XₖᵢXₖⱼ: column i of X dotted with column j.
def gram_entry(i, j):
    return sum(X3[k, i] * X3[k, j] for k in range(n_rows))


cols = range(n_cols)
entry_sums = torch.tensor([[gram_entry(i, j) for j in cols] for i in cols])
assert torch.equal(entry_sums, f(X3))

# ∂(XᵀX)ᵢⱼ/∂Xₖₗ = δₗᵢXₖⱼ + δₗⱼXₖᵢ, stored as J[i, j, k, l] like PyTorch.
delta = torch.eye(n_cols, dtype=torch.float64)
first = torch.einsum("li,kj->ijkl", delta, X3)  # δₗᵢXₖⱼ
second = torch.einsum("lj,ki->ijkl", delta, X3)  # δₗⱼXₖᵢ
J_entries = first + second
J_autograd = torch.autograd.functional.jacobian(f, X3)
assert torch.equal(J_entries, J_autograd)  # all 2·2·3·2 = 24 entries

# Contracting with a direction gives back XᵀV + VᵀX.
V3 = torch.tensor([[1.0, 0.0], [-1.0, 2.0], [0.0, 3.0]], dtype=torch.float64)
contracted = torch.einsum("ijkl,kl->ij", J_entries, V3)
assert torch.equal(contracted, X3.T @ V3 + V3.T @ X3)

print(f"X is {n_rows}×{n_cols}, so XᵀX is {n_cols}×{n_cols} and the Jacobian")
shape = tuple(J_entries.shape)
print(f"has shape {shape}: equal to autograd's, entry by entry")
# Two entries, with indices counted from 1 as in the text (code counts from 0):
print(f"∂(XᵀX)₁₁/∂X₃₁ = 2·X₃₁ = {J_entries[0, 0, 2, 0]:.0f}")
print(f"∂(XᵀX)₁₂/∂X₃₁ = X₃₂ = {J_entries[0, 1, 2, 0]:.0f}")
print("Σₖₗ J[i, j, k, l]·V[k, l] = (XᵀV + VᵀX)[i, j]: checked")
