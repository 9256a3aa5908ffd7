import jax
import jax.numpy as jnp
import numpy as np


# jax.jit compiles the whole function with XLA, once per input shape.
# Without it JAX runs, and first compiles, every operation on its own: for
# a few tiny calls that takes far longer than the arithmetic.
@jax.jit
def f_jax(x):
    """The same function as f on the PyTorch tab."""
    return jnp.stack([x[0] * x[1], x[1] ** 2 + x[2], jnp.sin(x[0]) * x[2]])


x_jax = jnp.array([1.0, 2.0, 3.0])
v_jax = jnp.array([1.0, -2.0, 0.5])

# jax.vjp runs f once and returns its value and a function v ↦ vᵀJ:
# the backward sweep, with v passed in as an argument.
f_value, f_vjp = jax.vjp(f_jax, x_jax)
(vjp,) = f_vjp(v_jax)
print("f(x)          :", np.asarray(f_value).round(4))
print("vᵀJ from vjp  :", np.asarray(vjp).round(4))
# vjp at v = ones is the column sums of J, what f(x).sum().backward() gave.
(col_sums,) = f_vjp(jnp.ones(3))
print("1ᵀJ from vjp  :", np.asarray(col_sums).round(4))

# The Jacobian: jacrev is vjp applied to each row of the identity, batched
# by vmap. Both give J, one row per output.
J_jax = jax.jacrev(f_jax)(x_jax)
(J_rows,) = jax.jit(jax.vmap(f_vjp))(jnp.eye(3))
print("J from jacrev :\n", np.asarray(J_jax).round(4))
assert np.array_equal(np.asarray(J_jax), np.asarray(J_rows))  # same sweeps

# Against PyTorch (float64 on both sides). Every entry is a few products
# and sums of numbers below 4, with sin and cos of 1 from two different
# libraries (each within a few ulps): the entries differ by at most about
# 1e-15 relative, and tolerance 1e-13 is 100× that. A slip such as J v for
# vᵀJ, or a wrong partial derivative, is off by 0.1 or more.
np.testing.assert_allclose(vjp, (v @ J).numpy(), rtol=1e-13, atol=0)
np.testing.assert_allclose(col_sums, x.grad.numpy(), rtol=1e-13, atol=0)
# J's zeros are structural (no operation touches them): exact on both sides.
np.testing.assert_allclose(J_jax, J.numpy(), rtol=1e-13, atol=0)
print("vjp, column sums and J agree with PyTorch: relative difference < 1e-13")
