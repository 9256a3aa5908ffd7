import matplotlib.pyplot as plt
import torch

# Evaluate f and its autograd derivative on a grid that stays away from a = 0.
grid = torch.cat([torch.linspace(-3, -0.3, 400), torch.linspace(0.3, 3, 400)])
values, derivatives = [], []
for a0 in grid:
    a = a0.clone().requires_grad_()
    out = f(a)
    out.backward()
    values.append(out.item())
    derivatives.append(a.grad.item())
values, derivatives = torch.tensor(values), torch.tensor(derivatives)
torch.testing.assert_close(derivatives, values / grid)  # the linearity trick on every grid point

# Split the grid into pieces where the path (and so the slope) stays the same.
breaks = torch.nonzero(derivatives[1:] != derivatives[:-1]).flatten() + 1
pieces = torch.tensor_split(torch.arange(len(grid)), breaks)
print(f"{len(pieces)} linear pieces on the grid; slopes:", sorted({round(s, 2) for s in derivatives.tolist()}))

fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(6.4, 6.0), num="piecewise-linear")
for n, idx in enumerate(pieces):
    a_piece = grid[idx]
    top.plot([0, a_piece[0]], [0, values[idx][0]], ":", color="grey", linewidth=1)  # back to the origin
    top.plot(a_piece, values[idx], color="C0", label="f(a)" if n == 0 else None)
    bottom.plot(a_piece, derivatives[idx], color="C1", label="a.grad from autograd" if n == 0 else None)
every = slice(10, None, 40)
bottom.plot(grid[every], (values / grid)[every], "o", color="C2", label="f(a) / a")
top.plot([], [], ":", color="grey", label="each piece extended to the origin")
top.set_ylim(-1, 25)
top.set_ylabel("f(a)")
top.set_title("A loop and an if: f is linear on each piece")
top.legend(loc="upper left")
bottom.set_xlabel("a")
bottom.set_ylabel("derivative")
bottom.legend(loc="upper left")
