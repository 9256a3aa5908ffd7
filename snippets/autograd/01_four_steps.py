import torch

# float64 everywhere on this page, so that checks can be tight: in float64,
# assert_close allows a difference of 1e-7 (absolute and relative), while the
# round-off of the few operations behind each check is below 1e-13.
torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=4)

# Step 1: ask autograd to track x. It gets a .grad slot, empty for now.
x = torch.arange(4.0, requires_grad=True)
print("x =", x.detach(), "  x.grad before backward:", x.grad)

# Step 2: compute. Every operation on x is recorded in a graph that ends at z.
z = 2 * torch.dot(x, x)
print(f"z = 2 xᵀx = {z.item():.1f}, made by {type(z.grad_fn).__name__}")

# Step 3: backpropagate from the scalar z.
z.backward()

# Step 4: read the gradient.
print("x.grad =", x.grad)
torch.testing.assert_close(x.grad, 4 * x.detach())  # the formula: 4x (exact)
