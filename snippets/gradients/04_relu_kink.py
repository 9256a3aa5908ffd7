import torch

zero = torch.zeros((), dtype=torch.float64)
print("    t     from the right   from the left   central")
for k in [1, 10, 20, 40]:
    t = torch.tensor(2.0**-k, dtype=torch.float64)
    right = (torch.relu(t) - torch.relu(zero)) / t
    left = (torch.relu(zero) - torch.relu(-t)) / t
    central = (torch.relu(t) - torch.relu(-t)) / (2 * t)
    # relu(t) = t and relu(−t) = 0 exactly: the quotients are 1, 0 and 1/2
    assert right.item() == 1 and left.item() == 0 and central.item() == 0.5
    print(f"  2^-{k:<2d} {right.item():14.1f} {left.item():15.1f} {central.item():9.1f}")


def slope_at(fn, value):
    x = torch.tensor(value, dtype=torch.float64, requires_grad=True)
    fn(x).backward()
    return x.grad.item()


# Away from 0, ReLU is differentiable and autograd gives its derivative.
assert slope_at(torch.relu, 1.5) == 1 and slope_at(torch.relu, -1.5) == 0
at_kink = slope_at(torch.relu, 0.0)
at_kink_clamp = slope_at(lambda x: torch.clamp(x, min=0), 0.0)
print(f"autograd at 0: torch.relu gives {at_kink}", end=", ")
print(f"torch.clamp(x, min=0) gives {at_kink_clamp}")
# Two conventions for one function: ReLU has no derivative at 0.
assert at_kink == 0 and at_kink_clamp == 1
