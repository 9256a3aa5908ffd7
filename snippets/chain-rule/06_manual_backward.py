import math

import torch

# Run backward ourselves: visit the real graph's nodes level by level (every parent before its
# children), call each node on the gradient it has received so far, and pass the results on.
incoming = {loss.grad_fn: torch.ones((), dtype=torch.float64)}  # dloss/dloss = 1
leaf_grads = {}
with torch.no_grad():
    for node in sorted(nodes, key=lambda n: depth[n]):
        grad = incoming.pop(node)
        print(f"{label(node).replace(chr(10), ' '):24s} receives {grad.item():+.6f}")
        if type(node).__name__ == "AccumulateGrad":
            leaf_grads[leaf_name(node)] = grad
            continue
        outs = node(grad)  # the node's local chain rule (a vector-Jacobian product)
        outs = outs if isinstance(outs, tuple) else (outs,)
        for (child, _), out in zip(node.next_functions, outs, strict=True):
            if child is not None:
                incoming[child] = incoming[child] + out if child in incoming else out  # paths add up

loss.backward()  # the real engine, for comparison
for name, leaf in leaves.items():
    torch.testing.assert_close(leaf_grads[name], leaf.grad, rtol=1e-15, atol=1e-15)

# Independent closed form: dloss/dw = 2(tanh(z) − t)(1 − tanh²z)·x + 0.2·w with z = wx + b.
wv, xv, bv, tv = 0.8, 1.5, -0.3, 0.5
a = math.tanh(wv * xv + bv)
common = 2 * (a - tv) * (1 - a**2)
closed = {"w": common * xv + 0.2 * wv, "x": common * wv, "b": common}
for name in leaves:
    assert abs(leaf_grads[name].item() - closed[name]) < 1e-12
print("our walk:", {k: round(v.item(), 6) for k, v in sorted(leaf_grads.items())})
print("backward:", {k: round(v.grad.item(), 6) for k, v in sorted(leaves.items())})
