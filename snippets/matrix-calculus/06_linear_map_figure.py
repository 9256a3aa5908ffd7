import math

import matplotlib.pyplot as plt
import mpmath

# The numbers of X = [[1, 2], [3, 4]] as Python floats; all arithmetic below
# is Python's + − × ÷ and math.sqrt (correctly rounded, the same on every
# machine), and cos, sin come correctly rounded from mpmath.
(x11, x12), (x21, x22) = X.tolist()
mpmath.mp.prec = 113


def unit_direction(degrees):
    """V(θ) = [[cos θ, sin θ], [0, 0]] as (v11, v12, v21, v22): ‖V‖_F = 1."""
    angle = mpmath.mpf(degrees) * mpmath.pi / 180
    return (float(mpmath.cos(angle)), float(mpmath.sin(angle)), 0.0, 0.0)


def gram_entries(m11, m12, m21, m22):
    """(MᵀM)₁₁, (MᵀM)₁₂, (MᵀM)₂₂ of a 2×2 matrix M (MᵀM is symmetric)."""
    return (m11 * m11 + m21 * m21, m11 * m12 + m21 * m22, m12 * m12 + m22 * m22)


def derivative_entries(v11, v12, v21, v22):
    """(XᵀV + VᵀX)₁₁, ₁₂, ₂₂ from the 2×2 formulas of the text."""
    return (
        2 * (x11 * v11 + x21 * v21),
        x11 * v12 + x12 * v11 + x21 * v22 + x22 * v21,
        2 * (x12 * v12 + x22 * v22),
    )


def frobenius(e11, e12, e22):
    """Frobenius norm of the symmetric matrix [[e11, e12], [e12, e22]]."""
    return math.sqrt(e11 * e11 + 2 * e12 * e12 + e22 * e22)


degrees = list(range(0, 361, 3))
directions = [unit_direction(deg) for deg in degrees]
linear_part = [derivative_entries(*v) for v in directions]
quadratic_part = [gram_entries(*v) for v in directions]  # VᵀV
X_entries = (x11, x12, x21, x22)
f_X = gram_entries(*X_entries)  # XᵀX: small integers, exact

# The remainder f(X + tV) − f(X) − t·Df(X)[V], divided by t², at two steps.
steps = (0.5, 0.0625)  # t = 2⁻¹ and 2⁻⁴: t·V and t² are exact
remainders = {}
for t in steps:
    rows = []
    for v, d in zip(directions, linear_part, strict=True):
        X_moved = [x + t * vi for x, vi in zip(X_entries, v, strict=True)]
        triples = zip(gram_entries(*X_moved), f_X, d, strict=True)
        rows.append(tuple((m - f0 - t * di) / (t * t) for m, f0, di in triples))
    remainders[t] = rows
# It is exactly VᵀV for every t. Round-off: X + tV has entries ≤ 4.5, so each
# entry of f(X + tV) (≤ 41) is off by ≤ 2·eps·41, t·Df(X)[V] (≤ 9) by
# ≤ 3·eps·9, and the two subtractions add ≤ 2·eps·41: in all ≤ 1e-13, which
# ÷ t² ≤ 256 gives ≤ 3e-11. Tol 1e-9 (30×); a remainder of t·VᵀV or 2t²VᵀV
# would be off by ≥ 0.5.
for t in steps:
    for got, want in zip(remainders[t], quadratic_part, strict=True):
        assert max(abs(g - w) for g, w in zip(got, want, strict=True)) < 1e-9

# Linear in V: Df(X)[αV + βV₂] = α·Df(X)[V] + β·Df(X)[V₂] (α, β dyadic). Each
# side is off by ≤ 6·eps·(|α| + |β|)·9 ≈ 4e-14: tol 1e-12; a map that is not
# linear, such as V ↦ VᵀV, fails by ≥ 0.1.
alpha, beta = 0.75, -2.5
for i, j in ((1, 40), (17, 90), (33, 101)):
    V_i, V_j = directions[i], directions[j]
    combo = tuple(alpha * p + beta * q for p, q in zip(V_i, V_j, strict=True))
    left = derivative_entries(*combo)
    pairs = zip(linear_part[i], linear_part[j], strict=True)
    right = [alpha * p + beta * q for p, q in pairs]
    assert max(abs(p - q) for p, q in zip(left, right, strict=True)) < 1e-12
    wrong = gram_entries(*combo)
    pairs = zip(quadratic_part[i], quadratic_part[j], strict=True)
    right_q = [alpha * p + beta * q for p, q in pairs]
    assert max(abs(p - q) for p, q in zip(wrong, right_q, strict=True)) > 0.1

# A linear map sends the unit circle of directions onto an ellipse: its norm
# ranges between the singular values. Here ‖Df(X)[V(θ)]‖_F² is the quadratic
# form of [[12, 4], [4, 18]] (inner products of Df(X)[E₁₁], Df(X)[E₁₂]),
# whose eigenvalues are 15 ± 5: the norms lie in [√10, √20].
norms = [frobenius(*d) for d in linear_part]
sigma_min, sigma_max = math.sqrt(10), math.sqrt(20)
# norms are off by ≤ 4·eps·5 ≈ 5e-15: tol 1e-12. The grid (3° apart) passes
# within 1.5° of both extreme directions, where the norm is within 0.002 of
# σ: tol 0.01; a wrong formula (say 2XᵀV, whose norm is √20 for every θ)
# breaks this.
assert all(sigma_min - 1e-12 <= r <= sigma_max + 1e-12 for r in norms)
assert sigma_max - max(norms) < 0.01 and min(norms) - sigma_min < 0.01

fig, axes = plt.subplots(1, 2, figsize=(10, 4.6), num="linear-map")
ax_image, ax_norm = axes
# Entries (1, 1) and (1, 2) of each output (code indices 0 and 1).
ax_image.plot(
    [d[0] for d in linear_part],
    [d[1] for d in linear_part],
    "-",
    label="Df(X)[V]: an ellipse around 0",
)
ax_image.plot(
    [q[0] for q in quadratic_part],
    [q[1] for q in quadratic_part],
    "-",
    lw=2.5,
    label="VᵀV: a circle, traced twice",
)
for k, marker in ((10, "o"), (25, "s")):  # V(θ) and V(θ + 180°) = −V(θ)
    for idx in (k, k + 60):
        ax_image.plot(*linear_part[idx][:2], marker, color="C0", ms=7)
        q = quadratic_part[idx]
        ax_image.plot(*q[:2], marker, color="C1", ms=9, mfc="none", mew=1.5)
ax_image.axhline(0, color="grey", lw=0.5)
ax_image.axvline(0, color="grey", lw=0.5)
ax_image.set_aspect("equal")
ax_image.set_xlabel("entry (1, 1)")
ax_image.set_ylabel("entry (1, 2)")
title = "Images of the directions V(θ), θ from 0° to 360°"
ax_image.set_title(title, fontsize=10)
ax_image.legend(loc="upper left", fontsize=8)

ax_norm.plot(degrees, norms, "-", label="‖Df(X)[V]‖_F")
label = "singular values √20, √10"
ax_norm.axhline(sigma_max, color="C0", ls="--", lw=1, label=label)
ax_norm.axhline(sigma_min, color="C0", ls="--", lw=1)
VtV_norms = [frobenius(*q) for q in quadratic_part]
ax_norm.plot(degrees, VtV_norms, "-", color="C1", label="‖VᵀV‖_F (= 1)")
for t, marker in zip(steps, ("o", "x"), strict=True):
    scaled = [frobenius(*r) for r in remainders[t]]
    label = f"‖remainder‖_F/t², t = {t}"
    ax_norm.plot(
        degrees[::4],
        scaled[::4],
        marker,
        color="C1",
        ms=5,
        mfc="none",
        label=label,
    )
ax_norm.set_ylim(0, 6.2)
ax_norm.set_xlabel("θ (degrees)")
ax_norm.set_xticks(range(0, 361, 90))
ax_norm.set_title("Sizes along the circle of directions", fontsize=10)
ax_norm.legend(loc="upper center", fontsize=7.5, ncol=2)
family = "directions V(θ) = [[cos θ, sin θ], [0, 0]]"
fig.suptitle(f"f(X) = XᵀX at X = [[1, 2], [3, 4]], {family}")

# VᵀV = [[c², cs], [cs, s²]] for these rank-one V: its norm is ‖V‖²_F = 1.
assert max(abs(r - 1) for r in VtV_norms) < 1e-15 * 10
print(f"‖Df(X)[V(θ)]‖_F over {len(degrees)} angles:", end=" ")
print(f"from {min(norms):.3f} to {max(norms):.3f},")
print(f"inside [√10, √20] = [{sigma_min:.3f}, {sigma_max:.3f}]")
print("remainder / t² = VᵀV at t = 0.5 and t = 0.0625 (to 1e-9), for every θ")
print("Df(X)[αV + βV₂] = α·Df(X)[V] + β·Df(X)[V₂]: checked; VᵀV fails this")
