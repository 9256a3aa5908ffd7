import matplotlib.pyplot as plt
import torch

fig, ax = plt.subplots(num="feature-importance")
features = torch.arange(5).numpy()
width = 0.27
for i in range(3):
    offset = (i - 1) * width
    heights = importance[i].numpy()
    ax.bar(features + offset, heights, width, label=f"example {i + 1}")
ax.set_xticks(features, [f"$x_{j + 1}$" for j in range(5)])
ax.set(xlabel="input feature", ylabel=r"$|\partial \ell / \partial x_j|$")
ax.set_title("Gradient-based feature importance, linear model")
ax.legend()
best = int(importance.sum(0).argmax())
assert best == int(w.abs().argmax())
largest_w = w.abs()[best].item()
print(f"tallest bars: {names[best]} for every example (|w| = {largest_w:.4f})")
