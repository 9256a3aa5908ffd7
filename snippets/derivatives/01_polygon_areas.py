import math

import torch

# A regular n-gon inscribed in a circle of radius r is n congruent triangles
# with apex angle 2π/n at the centre, each of area ½ r² sin(2π/n).
r = 1.0
ns = torch.tensor([3, 6, 12, 24, 48, 96, 192, 384, 768], dtype=torch.float64)
areas = 0.5 * ns * r**2 * torch.sin(2 * math.pi / ns)
gaps = math.pi * r**2 - areas


def shoelace_area(n, r=1.0):
    """The n-gon's area from its vertex coordinates: an independent route."""
    theta = torch.arange(n, dtype=torch.float64) * 2 * math.pi / n
    x, y = r * torch.cos(theta), r * torch.sin(theta)
    return 0.5 * torch.sum(x * y.roll(-1) - x.roll(-1) * y).item()


print(f"{'n':>5}  {'area A_n':>12}  {'πr² − A_n':>11}  {'gap ratio':>9}")
for i, n in enumerate(ns.int().tolist()):
    ratio = f"{gaps[i - 1] / gaps[i]:9.4f}" if i > 0 else ""
    print(f"{n:5d}  {areas[i]:12.8f}  {gaps[i]:11.2e}  {ratio:>9}")
print(f"{'π':>5}  {math.pi:12.8f}")

# Two routes, one area. They differ by round-off only: n products and a sum
# of n terms with Σ|terms| ≈ 2π, at most ≈ n·ε·(π + ½)/2 ≈ 3e-13 at n = 768
# (ε = 2.2e-16). tol 1e-11 (30×); one triangle missing would cost ≥ 4e-3.
for n, area in zip(ns.int().tolist(), areas.tolist(), strict=True):
    assert abs(shoelace_area(n) - area) < 1e-11
# The areas climb towards π, from below (steps ≥ 2e-5, round-off ≈ 1e-15):
assert torch.all(areas[1:] > areas[:-1]) and torch.all(gaps > 0)
# sin t ≥ t − t³/6 gives the bound π − A_n ≤ 2π³/(3n²); the next Taylor term
# keeps the gaps ≥ 1e-10 below it, far above round-off:
assert torch.all(gaps <= 2 * math.pi**3 / (3 * ns**2))
# Doubling n divides the gap by 4: it shrinks like 1/n². The ratio is
# 4 − O(1/n²) ≈ 4 − 3e-5 here, round-off moves it by < 1e-9, and a gap
# shrinking like 1/n would give 2.
assert abs(gaps[-2] / gaps[-1] - 4) < 1e-3

# What Archimedes computed (Measurement of a Circle, Prop. 3): the perimeters
# of regular polygons inscribed in and circumscribed about the circle, from
# the hexagon up to 96 sides. Per diameter they are n·sin(π/n) and
# n·tan(π/n), a lower and an upper bound for π.
print(f"\n{'n':>5}  {'inscribed':>10}  {'circumscribed':>13}")
for n in (6, 12, 24, 48, 96):
    inner, outer = n * math.sin(math.pi / n), n * math.tan(math.pi / n)
    print(f"{n:5d}  {inner:10.6f}  {outer:13.6f}")
    assert inner < math.pi < outer  # gaps ≥ 1e-4, round-off ≈ 1e-15
# His result, 3 10/71 < π < 3 1/7, follows from the 96-gons with room to
# spare: the margins, 1.9e-4 and 1.4e-4, dwarf the round-off (≈ 1e-15).
assert inner > 3 + 10 / 71 and outer < 3 + 1 / 7
print(f"3 10/71 = {3 + 10 / 71:.6f} < π < {3 + 1 / 7:.6f} = 3 1/7")
