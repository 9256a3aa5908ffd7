import torch

# relu and abs have a corner at 0, where no derivative exists;
# autograd still returns a number.
for fn in (torch.relu, torch.abs):
    z = torch.tensor(0.0, requires_grad=True)
    fn(z).backward()
    print(f"{fn.__name__}: derivative returned at 0 = {z.grad.item():.1f}")
    # slopes just left and right of 0 (both functions are linear there)
    left = fn(torch.tensor(-1e-3)) / -1e-3
    right = fn(torch.tensor(1e-3)) / 1e-3
    assert left != right  # they disagree: no derivative at 0
    assert z.grad.item() == 0.0  # PyTorch's convention for both
