import jax
import jax.numpy as jnp
import numpy as np


def z_cut(x):
    u = x * x
    c = jax.lax.stop_gradient(u)  # the numbers of u, a constant for grad
    return (c * x).sum()


def z_full(x):
    u = x * x
    return (u * x).sum()  # x³: the gradient flows through both factors


x_jax = jnp.arange(4.0)
print("gradient of (c·x).sum():", jax.grad(z_cut)(x_jax))
print("gradient of (u·x).sum():", jax.grad(z_full)(x_jax))

# JAX arrays are immutable: there is no view to write through, so the
# in-place part of the PyTorch tab has no JAX counterpart.
# Both gradients, x² and 3x², are small integers: exact in any order of
# operations, so they equal the PyTorch tab's bit for bit.
assert np.array_equal(np.asarray(jax.grad(z_cut)(x_jax)), grad_cut.numpy())
assert np.array_equal(np.asarray(jax.grad(z_full)(x_jax)), x.grad.numpy())
