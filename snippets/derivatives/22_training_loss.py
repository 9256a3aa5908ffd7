import matplotlib.pyplot as plt
import torch

# The one-weight model ŷ = w·x on four training examples and four held-out
# ones (noisy samples of roughly y = 2x). All data are dyadic.
x_train = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
y_train = torch.tensor([2.5, 3.5, 6.5, 8.5], dtype=torch.float64)
x_held = torch.tensor([1.5, 2.5, 3.5, 4.5], dtype=torch.float64)
y_held = torch.tensor([2.5, 5.5, 6.5, 9.5], dtype=torch.float64)


def mean_squared_error(w, xs, ys):
    """(1/4)·Σ (w·x_i − y_i)², with the four terms added in a fixed order."""
    terms = [(w * xs[i] - ys[i]) ** 2 for i in range(len(xs))]
    return (terms[0] + terms[1] + terms[2] + terms[3]) / len(xs)


def train_loss(w):  # L(w): the loss that training differentiates
    return mean_squared_error(w, x_train, y_train)


def held_loss(w):  # the error on new data, which no derivative sees
    return mean_squared_error(w, x_held, y_held)


# Gradient descent on the training loss. L'' = 2·mean(x²) = 15, so η = 0.05
# contracts the distance to the minimiser by |1 − 0.75| = 1/4 per step.
w_fit = gradient_descent(train_loss, 1.5, 0.05, 40)[-1].item()
w_train = (x_train @ y_train / (x_train @ x_train)).item()  # 63/30 = 2.1
w_held = (x_held @ y_held / (x_held @ x_held)).item()  # 83/41
slope_train = derivative(train_loss, w_fit)
slope_held = derivative(held_loss, w_fit)
print(f"gradient descent on the training loss stops at w = {w_fit:.4f}")
print(f"  training loss {train_loss(w_fit):.4f}, its derivative ≈ 0")
print(f"  held-out loss {held_loss(w_fit):.4f}, its derivative {slope_held:.2f}")
print(f"the held-out loss would be smallest at w = {w_held:.4f}")
# 40 steps shrink the distance 0.6 by 4^-40 ≈ 1e-24: w_fit equals the
# closed form up to round-off (≈ 1e-15; tol 1e-12). The training derivative
# 15·(w − 2.1) is then ≲ 1e-13 (tol 1e-10), while the held-out one is 1.55.
assert abs(w_fit - w_train) < 1e-12 and abs(w_train - 2.1) < 1e-15
assert abs(slope_train) < 1e-10 and abs(slope_held - 1.55) < 1e-10
# The training minimiser is not the held-out minimiser, and new data fare
# worse there than the training data did: 0.3025 against 0.175 (exact
# values up to ≈ 1e-15).
assert abs(train_loss(w_fit) - 0.175) < 1e-12
assert abs(held_loss(w_fit) - 0.3025) < 1e-12
assert held_loss(w_held) < held_loss(w_fit) and abs(w_held - 83 / 41) < 1e-15

ws = torch.arange(190, 231, dtype=torch.float64) / 100  # 1.9, 1.91, …, 2.3
fig, ax = plt.subplots(num="train-vs-heldout")
plot(
    ax,
    ws,
    [train_loss(ws), held_loss(ws)],
    ["training loss L(w)", "held-out loss"],
    ["C0-", "C1--"],
    xlabel="weight w",
    ylabel="mean squared error",
    title="Training finds the minimum of the training loss",
)
# The markers: both losses at the training minimiser w = 2.1, and the
# held-out minimum at w = 83/41 (x·y = 83 and x·x = 41 are exact sums).
ax.plot([2.1, 2.1], [0.175, 0.3025], "ko")
ax.plot([w_held], [held_loss(torch.tensor(w_held))], "C1s")
ax.axvline(2.1, color="grey", lw=1)
print(f"plotted both losses for w from {ws[0]:g} to {ws[-1]:g}")
