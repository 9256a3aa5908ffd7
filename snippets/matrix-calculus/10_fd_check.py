import torch

# The derivative of the loss along a random direction V for W1 is
# <∇W1 L, V>, the sum of the entrywise product.
torch.manual_seed(5)
V1 = torch.randn_like(W1)
t = 1e-6
with torch.no_grad():
    plus = net_loss(W1 + t * V1, b1, W2, b2)
    minus = net_loss(W1 - t * V1, b1, W2, b2)
fd = ((plus - minus) / (2 * t)).item()
from_grad = (W1.grad * V1).sum().item()
assert abs(fd - from_grad) < 1e-7
print(f"finite difference along V: {fd:.8f}")
print(f"<W1.grad, V>:              {from_grad:.8f}")
