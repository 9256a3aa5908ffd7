import jax
import jax.numpy as jnp
import numpy as np

# JAX differentiates functions, not tensors, so there is nothing to record
# and no create_graph: a derivative is a function like any other, and grad
# applies to it again.
dtanh = jax.grad(jnp.tanh)
d2tanh = jax.grad(dtanh)
x_jax = jnp.float64(0.5)
print(f"dz/dx   = {dtanh(x_jax):.6f}")
print(f"d²z/dx² = {d2tanh(x_jax):.6f}")

# Against dz and d2z of the PyTorch tab (float64 on both sides). The two
# libraries evaluate tanh with their own kernels, each within a few ulps;
# 1 − tanh² and −2 tanh (1 − tanh²) at 0.5 amplify that by less than 2, so
# the results differ by at most about 1e-15 relative: tolerance 1e-13
# (100×). Mistaking one derivative for the other is off by 1.5.
np.testing.assert_allclose(dtanh(x_jax), dz.item(), rtol=1e-13, atol=0)
np.testing.assert_allclose(d2tanh(x_jax), d2z.item(), rtol=1e-13, atol=0)
