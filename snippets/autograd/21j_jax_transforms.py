import jax
import jax.numpy as jnp
import numpy as np
import torch


def f_jax(x):
    return x**3 - 2 * x


# jit, as in the vector-output section: each transform compiled once.
df_jax = jax.jit(jax.grad(f_jax))  # x ↦ 3x² − 2
d2f_jax = jax.jit(jax.grad(jax.grad(f_jax)))  # x ↦ 6x
hessian_jax = jax.jit(jax.hessian(f_jax))

a_jax = jnp.float64(1.5)
print(f"f'(1.5) = {df_jax(a_jax):.4f},  f''(1.5) = {d2f_jax(a_jax):.4f}")
value_jax, tangent_jax = jax.jvp(f_jax, (a_jax,), (jnp.float64(1.0),))
print(f"jvp: f(1.5) = {value_jax:.4f},  f'(1.5)·1 = {tangent_jax:.4f}")
print(f"hessian(f)(1.5) = {hessian_jax(a_jax):.4f}")

xs_jax = jnp.linspace(-2, 2, 5)
print("xs       :", xs_jax)
print("f'(xs)   :", jax.vmap(df_jax)(xs_jax))
print("f''(xs)  :", jax.vmap(d2f_jax)(xs_jax))
v_jax = jnp.arange(4.0)
grad_first = jax.grad(lambda x: 2 * jnp.dot(x, x))(v_jax)
print("grad(2xᵀx) at arange(4):", grad_first)

# Every input is a small binary fraction, so every product and sum here is
# exact in any order (XLA may fuse and reorder): each result must equal the
# PyTorch tab's bit for bit.
same = [
    (df_jax(a_jax), df(a)),
    (d2f_jax(a_jax), d2f(a)),
    (value_jax, value),
    (tangent_jax, tangent),
    (hessian_jax(a_jax), hessian(f)(a)),
    (jax.vmap(df_jax)(xs_jax), vmap(df)(xs)),
    (jax.vmap(d2f_jax)(xs_jax), vmap(d2f)(xs)),
    (grad_first, grad(lambda x: 2 * torch.dot(x, x))(v)),
]
for got, want in same:
    assert np.array_equal(np.asarray(got), want.numpy())
print(f"all {len(same)} results equal PyTorch's exactly")
