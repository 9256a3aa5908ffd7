import jax
import jax.numpy as jnp
import numpy as np

# float64, as on the PyTorch side; JAX needs this before the first array.
jax.config.update("jax_enable_x64", True)


# Step 1: write the computation as a function of what you differentiate.
# JAX has no requires_grad: a function's arguments are its variables.
def z_of(x):
    return 2 * jnp.dot(x, x)


# Step 2: transform it. jax.grad(z_of) is a new function, x ↦ ∇z(x).
grad_z = jax.grad(z_of)

# Steps 3 and 4: call it, and read the gradient from what it returns.
x_jax = jnp.arange(4.0)
print("x =", x_jax, "  dtype:", x_jax.dtype)
print(f"z = 2 xᵀx = {z_of(x_jax):.1f}")
print("grad_z(x) =", grad_z(x_jax))

# The same numbers as x.grad of the PyTorch tab: 4x of small integers is
# exact in any order of operations, so the two must agree bit for bit.
assert np.array_equal(np.asarray(grad_z(x_jax)), x.grad.numpy())
