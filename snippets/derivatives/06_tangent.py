import matplotlib.pyplot as plt
import torch

# f(x) = 3x² − 4x is the function of the limit table above.
a = 1.0
slope = derivative(f, a)  # autograd
intercept = (
    f(torch.tensor(a, dtype=torch.float64)).item() - slope * a
)  # the line y = slope·x + intercept hits (a, f(a))
print(f"tangent at x = {a}: slope {slope:.6f}, intercept {intercept:.6f}")
assert abs(slope - 2) < 1e-12 and abs(intercept - (-3)) < 1e-12  # by hand: f'(x) = 6x − 4, so y = 2x − 3

xs = torch.linspace(-0.6, 2.4, 200, dtype=torch.float64)
fig, ax = plt.subplots(num="tangent")
plot(
    ax,
    xs,
    [f(xs), slope * xs + intercept],
    ["f(x) = 3x² − 4x", f"tangent at x = 1: y = {slope:.0f}x − {-intercept:.0f}"],
    ["-", "--"],
    title="The tangent line touches the curve at x = 1",
)
ax.plot([a], [f(torch.tensor(a)).item()], "ko")
ax.annotate("(1, −1)", (a, -1.0), xytext=(10, -16), textcoords="offset points")
