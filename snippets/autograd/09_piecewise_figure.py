import math

import matplotlib.pyplot as plt
import torch

# Evaluate f and its autograd derivative on a grid that stays away from a = 0.
# Its points are odd multiples of 1/512: exact binary numbers, none of them
# on a jump of f, and f only multiplies them by powers of two. So every
# number below, and in the figure, is exact.
grid = torch.arange(-1535, 1536, 2) / 512
grid = grid[grid.abs() > 0.3]
values, derivatives = [], []
for a0 in grid:
    a = a0.clone().requires_grad_()
    out = f(a)
    out.backward()
    values.append(out.item())
    derivatives.append(a.grad.item())
values, derivatives = torch.tensor(values), torch.tensor(derivatives)
# the linearity trick, on every grid point (exact, as above)
torch.testing.assert_close(derivatives, values / grid)

# Split the grid into pieces where the path (and so the slope) stays the same.
breaks = torch.nonzero(derivatives[1:] != derivatives[:-1]).flatten() + 1
pieces = torch.tensor_split(torch.arange(len(grid)), breaks)
# f jumps where the path changes; inside a piece, neighbours differ by at
# most 64 × 1/256 = 0.25 (the largest slope times the grid step)
assert ((values[breaks] - values[breaks - 1]).abs() > 1).all()
for idx in pieces:
    assert (values[idx].diff().abs() < 0.5).all()
slopes = sorted(set(derivatives.tolist()))
# every slope is ± a power of two (exactly), with the sign of a
assert all(abs(s) == 2.0 ** round(math.log2(abs(s))) for s in slopes)
assert (derivatives[grid > 0] > 0).all() and (derivatives[grid < 0] < 0).all()
print(f"{len(pieces)} linear pieces on the grid, with slopes")
print("  ".join(f"{s:g}" for s in slopes))

fig, (top, bottom) = plt.subplots(2, 1, sharex=True, num="piecewise-linear")
fig.set_size_inches(6.4, 6.0)
for n, idx in enumerate(pieces):
    a_piece = grid[idx]
    # a dotted ray from the origin to the start of the piece
    top.plot([0, a_piece[0]], [0, values[idx][0]], ":", color="grey", lw=1)
    label = n == 0  # label only the first piece
    top.plot(a_piece, values[idx], color="C0", label="f(a)" if label else None)
    grad_label = "a.grad from autograd" if label else None
    bottom.plot(a_piece, derivatives[idx], color="C1", label=grad_label)
every = slice(20, None, 70)
ratio = values / grid
bottom.plot(grid[every], ratio[every], "o", color="C2", label="f(a) / a")
top.plot([], [], ":", color="grey", label="each piece extended to the origin")
top.set_ylim(-1, 25)
top.set_ylabel("f(a)")
top.set_title("A loop and an if: f is linear on each piece")
top.legend(loc="upper left")
bottom.set_xlabel("a")
bottom.set_ylabel("derivative")
bottom.legend(loc="upper left")
