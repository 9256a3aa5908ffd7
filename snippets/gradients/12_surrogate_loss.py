import torch
import torch.nn.functional as F

# 8 examples with one feature each and labels 0 or 1. The model predicts
# ŷ = σ(w·x + b), class 1 when ŷ > 1/2, i.e. when w·x + b > 0. The bias
# stays at b = −1; we study the training set's accuracy and cross-entropy
# as functions of the weight w alone.
x_data = torch.tensor([-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2], dtype=torch.float64)
y_data = torch.tensor([0.0, 0, 1, 0, 0, 1, 1, 1], dtype=torch.float64)
b = -1.0


def accuracy(w):
    predicted = (w * x_data + b > 0).double()  # class 0 or 1
    return (predicted == y_data).double().mean()


def cross_entropy(w):  # L(w): the mean of −log ŷ (y = 1), −log(1 − ŷ) (y = 0)
    return F.binary_cross_entropy_with_logits(w * x_data + b, y_data)


# Autograd cannot even start on the accuracy: a comparison has no grad_fn.
w = torch.tensor(0.25, dtype=torch.float64, requires_grad=True)
print(f"accuracy(w).requires_grad = {accuracy(w).requires_grad}")
assert accuracy(w).grad_fn is None and cross_entropy(w).grad_fn is not None

# Accuracy jumps where an example changes class, at w = −b/x; between
# jumps it is constant. Sample w halfway between multiples of 1/8: the
# nearest jump (at ±2/3) is 1/48 away, far more than the step h.
samples = torch.arange(-24, 32, dtype=torch.float64) / 8 + 1 / 16
h = 2.0**-10
for w_k in samples:
    # multiples of 1/8 and dyadic steps: every value here is exact
    fd = (accuracy(w_k + h) - accuracy(w_k - h)) / (2 * h)
    assert fd == 0
print(f"finite differences of the accuracy at {len(samples)} points: all 0")
print("at the jump w = 1 (the example x = 1 changes class):")
for k in [10, 11, 12]:
    h = 2.0**-k
    one = torch.tensor(1.0, dtype=torch.float64)
    fd = (accuracy(one + h) - accuracy(one - h)) / (2 * h)
    assert fd == 2.0 ** (k - 4)  # the jump 1/8 over 2h: exact, and unbounded
    print(f"  h = 2^-{k}: quotient {fd.item():.0f}")

# The cross-entropy is smooth: autograd, a closed form, central differences.
print("     w   accuracy   L(w)    dL/dw (autograd)")
h = 2.0**-13
for w_k in samples:
    w = w_k.clone().requires_grad_(True)
    L = cross_entropy(w)
    L.backward()
    with torch.no_grad():
        z = w_k * x_data + b
        closed = ((torch.sigmoid(z) - y_data) * x_data).mean()
        fd = (cross_entropy(w_k + h) - cross_entropy(w_k - h)) / (2 * h)
    # autograd and closed form: 8 terms of size ≤ 2, a few roundings each
    # (σ within 2 ulp): ≤ 8·4·eps·2 ≈ 1.4e-14, tol 1e-12 (70×).
    assert abs(w.grad - closed) < 1e-12
    # fd: truncation ≤ h²/6·max|L‴| ≤ 1.5e-8/6·0.31 ≈ 8e-10 (|σ″| ≤ 0.097,
    # mean |x|³ = 3.2); round-off: L ≤ 3.4 off by ≤ 16·eps·3.4 ≈ 1.2e-14,
    # over 2h: ≈ 1e-10. tol 1e-8 (11×); dropping the factor x or the mean
    # would miss by ≥ 0.01 here.
    assert abs(fd - w.grad) < 1e-8
    if w_k in (-2.4375, -1.4375, -0.4375, 0.5625, 1.5625, 2.5625, 3.5625):
        acc = accuracy(w_k).item()
        row = f"{w_k.item():7.4f} {acc:8.3f} {L.item():9.4f}"
        print(f"{row} {w.grad.item():12.4f}")
print("autograd = closed form ± 1e-12 = central differences ± 1e-8")

# Gradient descent on L reaches the best accuracy this model has; on the
# accuracy it would never move: its derivative is 0 wherever it exists.
w = torch.tensor(-2.4375, dtype=torch.float64, requires_grad=True)
start_acc = accuracy(w).item()
eta = 2.0  # L″ ≤ mean(x²)/4 ≈ 0.47, so η·L″ < 2: every step lowers L
for _ in range(100):
    cross_entropy(w).backward()
    with torch.no_grad():
        w -= eta * w.grad
    w.grad = None
w_end = w.detach().clone().requires_grad_(True)
L_end = cross_entropy(w_end)
L_end.backward()
# Near the minimum each step multiplies the error by |1 − η·L″| ≈ 0.65,
# and 0.65¹⁰⁰ ≈ 2e-19: only round-off is left, |dL/dw| ≲ 1e-15.
assert abs(w_end.grad) < 1e-12
best = max(accuracy(w_k).item() for w_k in samples)  # a sample on each piece
assert accuracy(w_end).item() == best == 0.875
print(f"gradient descent on L, η = {eta:.0f}, 100 steps from w = -2.4375:")
print(f"  accuracy {start_acc:.3f} → {accuracy(w_end).item():.3f},", end=" ")
print(f"w = {w_end.item():.4f}, L = {L_end.item():.4f}")
