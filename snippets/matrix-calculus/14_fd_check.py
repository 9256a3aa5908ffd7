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
# Round-off in each loss ≤ 7e-14 (sums of ≤ 100 terms, tanh within 2 ulp),
# so ≤ 7e-8 in fd; truncation t²/6·|L'''| ≈ 1e-11: tol 1e-6 (14×). Printed
# with 5 decimals. A wrong gradient would have to be right to 6 digits.
assert abs(fd - from_grad) < 1e-6
print(f"finite difference along V: {fd:.5f}")
print(f"<W1.grad, V>:              {from_grad:.5f}")
