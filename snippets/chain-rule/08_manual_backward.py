import math

import torch

# Run backward ourselves: visit the real graph's nodes level by level (every
# parent before its children), call each node on the gradient it has received,
# and pass the results on.
one = torch.ones((), dtype=torch.float64)
incoming = {loss.grad_fn: one}  # dloss/dloss = 1
leaf_grads = {}
with torch.no_grad():
    for node in sorted(nodes, key=lambda n: depth[n]):
        grad = incoming.pop(node)
        name = label(node).replace("\n", " ")
        print(f"{name:20s} receives {grad.item():+.6f}")
        if not children[node]:  # AccumulateGrad: this is the leaf's gradient
            leaf_grads[leaf_name(node)] = grad
            continue
        outs = node(grad)  # the node's local chain rule: a VJP
        outs = outs if isinstance(outs, tuple) else (outs,)
        for (child, _), out in zip(node.next_functions, outs, strict=True):
            if child is None:
                continue
            if child in incoming:
                incoming[child] = incoming[child] + out  # paths meet: add
            else:
                incoming[child] = out

loss.backward()  # the real engine, for comparison
# The engine calls the same nodes on the same numbers, so the results agree
# bit for bit (the two paths into w may be added in either order, and
# a + b = b + a exactly); rtol 1e-15 would allow a few ulp even so.
for name, leaf in leaves.items():
    torch.testing.assert_close(leaf_grads[name], leaf.grad, rtol=1e-15, atol=0)

# Closed form, with z = wx + b and p = tanh z (the prediction):
# dloss/dw = 2(p − y)(1 − p²)·x + 0.2·w,
# dloss/dx = 2(p − y)(1 − p²)·w, dloss/db = 2(p − y)(1 − p²)
wv, xv, bv, yv = 0.8, 1.5, -0.3, 0.5
p = math.tanh(wv * xv + bv)
common = 2 * (p - yv) * (1 - p**2)
closed = {"w": common * xv + 0.2 * wv, "x": common * wv, "b": common}
# math.tanh and torch's tanh are each within an ulp; with a few more
# roundings the two sides (≤ 0.5) differ by ≤ 1e-15. tol 1e-12 (1000×);
# forgetting the weight decay path 0.2·w would be off by 0.16.
for name in leaves:
    assert abs(leaf_grads[name].item() - closed[name]) < 1e-12
for name, leaf in leaves.items():
    mine, real = leaf_grads[name].item(), leaf.grad.item()
    print(f"d loss/d{name}: our walk {mine:+.6f}, loss.backward() {real:+.6f}")
