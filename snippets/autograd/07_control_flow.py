import torch


def f(a):
    """Double a until its norm reaches 10, then flip and halve it if its sum is negative."""
    b = 2 * a
    while b.norm() < 10:
        b = 2 * b
    if b.sum() > 0:  # noqa: SIM108  (an explicit if, on purpose)
        c = b
    else:
        c = -0.5 * b
    return c


torch.manual_seed(0)
print("         a        f(a)      f(a)/a      a.grad")
for _ in range(6):
    a = torch.randn((), requires_grad=True)
    d = f(a)
    d.backward()
    slope = d.detach() / a.detach()
    print(f"{a.item():10.4f}  {d.item():10.4f}  {slope.item():10.4f}  {a.grad.item():10.4f}")
    torch.testing.assert_close(a.grad, slope)  # f is linear along the path taken
