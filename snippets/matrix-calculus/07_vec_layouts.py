import torch

# Small integer matrices: every product and sum below is exact.
A = torch.tensor([[1.0, 2.0, 0.0], [-1.0, 3.0, 1.0]], dtype=torch.float64)
X_mid = torch.tensor([[2.0, -1.0], [0.0, 1.0], [1.0, 4.0]], dtype=torch.float64)
B = torch.tensor([[1.0, 0.0, 2.0, -1.0], [3.0, 1.0, 0.0, 2.0]]).double()
AXB = A @ X_mid @ B  # (2×3)(3×2)(2×4) -> 2×4
Bt = B.T.contiguous()  # Bᵀ (torch.kron wants a contiguous tensor here)


def vec(M):
    """Stack the columns of M (column-major), as in the mathematics."""
    return M.T.reshape(-1)


# Column-major: vec(AXB) = (Bᵀ ⊗ A) vec(X).
assert torch.equal(vec(AXB), torch.kron(Bt, A) @ vec(X_mid))
# torch's reshape/flatten is row-major: the factors swap and transpose.
assert torch.equal(AXB.reshape(-1), torch.kron(A, Bt) @ X_mid.reshape(-1))
# Mixing the conventions gives a wrong answer:
mixed = torch.kron(Bt, A) @ X_mid.reshape(-1)
gap = (mixed - AXB.reshape(-1)).abs().max().item()
assert gap > 1
print("vec(AXB) = (Bᵀ⊗A)·vec(X), vec = X.T.reshape(-1):", end=" ")
print(f"checked ({AXB.numel()} entries)")
print("(AXB).reshape(-1) = (A⊗Bᵀ)·X.reshape(-1): checked")
print(f"(Bᵀ⊗A)·X.reshape(-1): wrong, off by up to {gap:.0f}")

# The Jacobian of XᵀX at our 2×2 X, J[i, j, k, l] from the three checks,
# as a 4×4 matrix in either layout:
J_rows = J.reshape(4, 4)  # row-major: entries (1,1), (1,2), (2,1), (2,2)
J_cols = J.permute(1, 0, 3, 2).reshape(4, 4)  # column-major: vec order
assert torch.equal(J_rows @ V.reshape(-1), DfV.reshape(-1))
assert torch.equal(J_cols @ vec(V), vec(DfV))
# Column-major, vec(XᵀV) = (I ⊗ Xᵀ) vec(V) and vec(VᵀX) = (Xᵀ ⊗ I) vec(Vᵀ),
# where vec(Vᵀ) = K vec(V) for a permutation matrix K:
I2 = torch.eye(2, dtype=torch.float64)
Xt = X.T.contiguous()
K = torch.zeros(4, 4, dtype=torch.float64)
for i in range(2):
    for j in range(2):
        K[2 * i + j, 2 * j + i] = 1.0  # vec(Vᵀ)[i + 2j] = vec(V)[j + 2i]
assert torch.equal(K @ vec(V), vec(V.T))
assert torch.equal(J_cols, torch.kron(I2, Xt) + torch.kron(Xt, I2) @ K)
show("the Jacobian of XᵀX, column-major (vec) layout", J_cols)
print("= I⊗Xᵀ + (Xᵀ⊗I)K: checked")
