import torch


def f(a):
    """Double a until its norm reaches 10; flip and halve it if sum < 0."""
    b = 2 * a
    while b.norm() < 10:
        b = 2 * b
    if b.sum() > 0:  # noqa: SIM108  (an explicit if, on purpose)
        c = b
    else:
        c = -0.5 * b
    return c


torch.manual_seed(0)
print("".join(f"{h:>12}" for h in ("a", "f(a)", "f(a)/a", "a.grad")))
for _ in range(6):
    a = torch.randn((), requires_grad=True)
    d = f(a)
    d.backward()
    slope = d.detach() / a.detach()
    row = (a.item(), d.item(), slope.item(), a.grad.item())
    print("".join(f"{v:12.4f}" for v in row))
    # Linear along the path. Exact: each step multiplies by 2 or by -1/2,
    # so neither f(a)/a nor a.grad has any round-off.
    torch.testing.assert_close(a.grad, slope)
