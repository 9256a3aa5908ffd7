import torch

# relu and abs have a corner at 0, where no derivative exists; autograd still returns a number.
for fn in (torch.relu, torch.abs):
    z = torch.tensor(0.0, requires_grad=True)
    fn(z).backward()
    print(f"{fn.__name__}: derivative returned at 0 = {z.grad.item():.1f}")
    left = fn(torch.tensor(-1e-3)) / -1e-3  # slope just left of 0 (both are linear there)
    right = fn(torch.tensor(1e-3)) / 1e-3  # slope just right of 0
    assert left != right  # the one-sided slopes disagree: there is no derivative at 0
    assert z.grad.item() == 0.0  # PyTorch's convention for both
