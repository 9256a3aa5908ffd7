import torch

torch.manual_seed(1)
inputs = torch.randn(6, 3)
labels = torch.randn(6)
w = torch.randn(3, requires_grad=True)

# Two micro-batches of 3 samples, one after the other, no zeroing in between.
for part in (slice(0, 3), slice(3, 6)):
    ((inputs[part] @ w - labels[part]) ** 2).sum().backward()
print("accumulated over 2 micro-batches:", w.grad)

# Independent check: the closed-form gradient of Σ(xᵢᵀw − yᵢ)².
residual = inputs @ w.detach() - labels
full_batch = 2 * inputs.T @ residual
print("full-batch formula:              ", full_batch)
# Sums of 6 products of numbers below 4 in another order: ~1e-14 apart,
# far inside assert_close's 1e-7; without the second micro-batch: off by > 1.
torch.testing.assert_close(w.grad, full_batch)
