import torch


def f(X):
    return X.T @ X


def show(name, M):
    """Print a matrix with four decimals, one row per line."""
    print(f"{name} =")
    for row in M.tolist():
        print("    " + "  ".join(f"{v:9.4f}" for v in row))


X = torch.tensor([[1.0, 2.0], [3.0, 4.0]], dtype=torch.float64)
V = torch.tensor([[0.5, -1.0], [2.0, 1.0]], dtype=torch.float64)

DfV = X.T @ V + V.T @ X  # the formula Df(X)[V] = XᵀV + VᵀX

# The same matrix built entry by entry from the 2×2 expansion in the text.
(x11, x12), (x21, x22) = X.tolist()
(v11, v12), (v21, v22) = V.tolist()
off_diagonal = x11 * v12 + x12 * v11 + x21 * v22 + x22 * v21
entries = torch.tensor(
    [
        [2 * (x11 * v11 + x21 * v21), off_diagonal],
        [off_diagonal, 2 * (x12 * v12 + x22 * v22)],
    ],
    dtype=torch.float64,
)
# X and V hold small dyadic numbers: every product and sum above is exact.
torch.testing.assert_close(DfV, entries)
# The scalar rule would suggest 2XᵀV; it is a different matrix.
assert (2 * X.T @ V - DfV).abs().max() > 1

# What is left over after the linear term is exactly t² VᵀV.
t = 0.1
remainder = f(X + t * V) - f(X) - t * DfV
# Round-off ≤ 170·eps ≈ 4e-14 (entries ≤ 72), far inside assert_close's
# float64 tolerance of 1e-7; a remainder of t·VᵀV would be off by ≥ 0.1.
torch.testing.assert_close(remainder, t**2 * (V.T @ V))

show("f(X) = XᵀX", f(X))
show("Df(X)[V] = XᵀV + VᵀX", DfV)
show("from the entry formulas", entries)
show("2XᵀV (not the derivative)", 2 * X.T @ V)
show(f"remainder at t = {t}", remainder)
show("t² VᵀV", t**2 * (V.T @ V))
