import math

import torch

# An inscribed regular n-gon is n congruent triangles with apex angle 2π/n at the centre,
# each of area ½ r² sin(2π/n).
r = 1.0
ns = torch.tensor([3, 6, 12, 24, 48, 96, 192, 384, 768], dtype=torch.float64)
areas = 0.5 * ns * r**2 * torch.sin(2 * math.pi / ns)
gaps = math.pi * r**2 - areas


def shoelace_area(n, r=1.0):
    """Area of the inscribed n-gon from its vertex coordinates (shoelace formula): an independent route."""
    theta = torch.arange(n, dtype=torch.float64) * 2 * math.pi / n
    x, y = r * torch.cos(theta), r * torch.sin(theta)
    return 0.5 * torch.sum(x * torch.roll(y, -1) - torch.roll(x, -1) * y).item()


print(f"{'n':>5}  {'area A_n':>12}  {'πr² − A_n':>11}  {'gap ratio':>9}")
for i, n in enumerate(ns.int().tolist()):
    ratio = f"{gaps[i - 1] / gaps[i]:9.4f}" if i > 0 else ""
    print(f"{n:5d}  {areas[i]:12.8f}  {gaps[i]:11.2e}  {ratio:>9}")
print(f"{'π':>5}  {math.pi:12.8f}")

for n, area in zip(ns.int().tolist(), areas.tolist(), strict=True):
    assert abs(shoelace_area(n) - area) < 1e-12  # two routes, one area
assert torch.all(areas[1:] > areas[:-1]) and torch.all(gaps > 0)  # the areas climb towards π, from below
assert torch.all(gaps <= 2 * math.pi**3 / (3 * ns**2))  # sin t ≥ t − t³/6 gives π − A_n ≤ 2π³/(3n²)
assert abs(gaps[-2] / gaps[-1] - 4) < 1e-3  # doubling n divides the gap by 4: it shrinks like 1/n²
