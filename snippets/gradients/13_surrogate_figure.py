import matplotlib.pyplot as plt
import mpmath
import torch

mpmath.mp.prec = 113  # enough for correctly rounded float64 results


def cross_entropy_exact(w):
    """L(w) = mean of log(1 + e^z) − y·z, z = w·x + b, term by term in mpmath.

    Each term is rounded once to float64 and the sum runs in a fixed
    order, so the curve is the same on every machine.
    """
    total = 0.0
    for x_i, y_i in zip(x_data.tolist(), y_data.tolist(), strict=True):
        z = mpmath.mpf(w) * x_i + b
        total += float(mpmath.log1p(mpmath.exp(z)) - y_i * z)
    return total / len(x_data)


w_fine = torch.arange(-3 * 256, 4 * 256 + 1, dtype=torch.float64) / 256
acc_curve = torch.stack([accuracy(w_k) for w_k in w_fine])  # exact values
w_coarse = torch.arange(-3 * 32, 4 * 32 + 1, dtype=torch.float64) / 32
L_curve = [cross_entropy_exact(w_k) for w_k in w_coarse.tolist()]
# The float64 kernel and mpmath agree to round-off (≤ 16·eps·3.4 ≈ 1e-14):
# tol 1e-12; a different loss (e.g. without the mean) misses by ≥ 0.5.
check = torch.stack([cross_entropy(w_k) for w_k in w_coarse])
assert (check - torch.tensor(L_curve, dtype=torch.float64)).abs().max() < 1e-12

fig, (ax_acc, ax_L) = plt.subplots(2, 1, sharex=True, figsize=(6.4, 5.6), num="surrogate-loss")
ax_acc.plot(w_fine, acc_curve, color="C0", drawstyle="steps-post")
ax_acc.set(ylabel="training accuracy", title="Accuracy and cross-entropy")
ax_L.plot(w_coarse, L_curve, color="C1")
ax_L.set(xlabel="weight $w$", ylabel="cross-entropy $L(w)$")
# Mark the minimum at w_end rounded to a multiple of 1/1024: w_end·1024
# = 1515.8 sits 0.3 from a rounding boundary, far above its round-off
# (≈ 1e-12), so the mark is drawn at the same place on every machine.
w_mark = round(w_end.item() * 1024) / 1024
assert abs(w_end.item() * 1024 - round(w_end.item() * 1024)) < 0.45
for ax in (ax_acc, ax_L):
    ax.axvline(w_mark, color="grey", ls=":", lw=1.2)
ax_L.plot([w_mark], [cross_entropy_exact(w_mark)], "o", color="C1")
ax_L.annotate(
    "minimum of $L$",
    (w_mark, cross_entropy_exact(w_mark)),
    textcoords="offset points",
    xytext=(10, 25),
)
levels = sorted(set(acc_curve.tolist()))
print(f"accuracy takes {len(levels)} values on [-3, 4]:", end=" ")
print(", ".join(f"{v:.3f}" for v in levels))
