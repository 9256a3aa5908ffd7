import matplotlib.pyplot as plt
import torch

# Two copies of the weight w = 1.5, with the same loss w²;
# only the second is zeroed before each backward.
w_kept = torch.tensor(1.5, requires_grad=True)
w_zeroed = torch.tensor(1.5, requires_grad=True)
calls, kept, zeroed = [], [], []
for k in range(1, 9):
    (w_kept**2).backward()  # adds to whatever w_kept.grad holds
    if w_zeroed.grad is not None:
        w_zeroed.grad.zero_()
    (w_zeroed**2).backward()
    calls.append(k)
    kept.append(w_kept.grad.item())
    zeroed.append(w_zeroed.grad.item())

true_grad = 2 * 1.5  # d(w²)/dw at w = 1.5
for k, g_kept, g_zeroed in zip(calls, kept, zeroed, strict=True):
    # 1.5, 3 and their multiples are exact binary numbers: no round-off
    assert g_kept == k * true_grad  # k times the gradient
    assert g_zeroed == true_grad
print(f"after {calls[-1]} backward calls:")
print(f"  never zeroed:         w.grad = {kept[-1]:.1f}")
print(f"  zeroed before each:   w.grad = {zeroed[-1]:.1f}")

fig, ax = plt.subplots(num="accumulation")
ax.plot(calls, kept, "o-", label="never zeroed: gradients pile up")
ax.plot(calls, zeroed, "s-", label="zero_() before each backward")
ax.set_xlabel("number of backward() calls on the loss w²")
ax.set_ylabel("w.grad")
ax.set_title(f"w.grad at w = 1.5 (true derivative 2w = {true_grad:g})")
ax.legend()
