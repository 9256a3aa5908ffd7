import torch


def f(x):
    """A function from R³ to R³ whose outputs mix the inputs."""
    return torch.stack([x[0] * x[1], x[1] ** 2 + x[2], torch.sin(x[0]) * x[2]])


def jacobian_by_hand(x):
    """Row i holds the partial derivatives of output i."""
    x1, x2, x3 = x.detach()  # the math counts from 1: x[0] is x₁
    zero, one = torch.tensor(0.0), torch.tensor(1.0)
    return torch.stack(
        [
            torch.stack([x2, x1, zero]),
            torch.stack([zero, 2 * x2, one]),
            torch.stack([torch.cos(x1) * x3, zero, torch.sin(x1)]),
        ]
    )


J = jacobian_by_hand(x)
v = torch.tensor([1.0, -2.0, 0.5])
print("J =\n", J)

# backward(gradient=v) computes vᵀJ: one weighted sum of the rows of J.
f(x).backward(gradient=v)
print("x.grad after backward(v):", x.grad)
# Round-off of a few products of numbers below 4: ~1e-15. The classic slip,
# J v instead of vᵀJ, would be off by 0.5 or more.
torch.testing.assert_close(x.grad, v @ J)

# The same vector as the gradient of the scalar vᵀf(x).
x.grad = None
(v * f(x)).sum().backward()
torch.testing.assert_close(x.grad, v @ J)

# The common idiom: f(x).sum().backward() is backward(gradient=ones),
# which gives the column sums of J.
x.grad = None
f(x).sum().backward()
print("x.grad after sum().backward():", x.grad)
torch.testing.assert_close(x.grad, torch.ones(3) @ J)
torch.testing.assert_close(x.grad, J.sum(dim=0))
