import torch
import torch.nn.functional as F

# Same network and data as above; only the loss changes: L = mean((p − y)²).
# dL/dz2 = dL/dp · σ'(z2), with σ'(z2) = p(1 − p)
dz2_mse = 2 * (p - y) / batch * p * (1 - p)
dW2_mse = H.T @ dz2_mse
dZ1_mse = (dz2_mse @ W2.T) * (1 - H**2)  # from here on, nothing changes
dW1_mse = X.T @ dZ1_mse

W1a, b1a, W2a, b2a = (t.clone().requires_grad_() for t in (W1, b1, W2, b2))
p_auto = torch.sigmoid(torch.tanh(X @ W1a + b1a) @ W2a + b2a)
F.mse_loss(p_auto, y).backward()
for name, mine, auto in (("W1", dW1_mse, W1a.grad), ("W2", dW2_mse, W2a.grad)):
    mine_norm, auto_norm = mine.norm().item(), auto.norm().item()
    print(f"‖dL/d{name}‖: hand {mine_norm:.6f}, autograd {auto_norm:.6f}")
# The same products in other orders, as above: ≤ 3e-15 apart. tol ≥ 1e-13
# (30×); forgetting the factor p(1 − p) changes the entries fourfold.
torch.testing.assert_close(dW1_mse, W1a.grad, rtol=1e-12, atol=1e-13)
torch.testing.assert_close(dW2_mse, W2a.grad, rtol=1e-12, atol=1e-13)
