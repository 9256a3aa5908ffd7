import jax
import jax.numpy as jnp
import torch


def f_jax(a):
    """f of the PyTorch tab: Python's while and if, on JAX values."""
    b = 2 * a
    while jnp.linalg.norm(b) < 10:
        b = 2 * b
    if b.sum() > 0:  # noqa: SIM108  (an explicit if, on purpose)
        c = b
    else:
        c = -0.5 * b
    return c


# jax.grad runs f_jax on the actual number, so Python sees real values in
# its conditions, takes one path, and grad differentiates that path.
# jax.jit(f_jax) would fail: it compiles one program for every input, and
# a while or an if on a traced value has no single answer there.
df_jax = jax.grad(f_jax)

torch.manual_seed(0)  # the six inputs of the PyTorch tab
print("".join(f"{h:>12}" for h in ("a", "f(a)", "df_jax(a)", "torch")))
for _ in range(6):
    a_torch = torch.randn((), requires_grad=True)
    f(a_torch).backward()
    a_jax = jnp.float64(a_torch.item())
    row = (a_jax, f_jax(a_jax), df_jax(a_jax), a_torch.grad)
    print("".join(f"{float(v):12.4f}" for v in row))
    # Exact on both sides: every step multiplies by 2 or by -1/2, and
    # sqrt(b·b) = |b| exactly in IEEE arithmetic, so both libraries take the
    # same path and return the same power of two, bit for bit.
    assert float(df_jax(a_jax)) == a_torch.grad.item()
