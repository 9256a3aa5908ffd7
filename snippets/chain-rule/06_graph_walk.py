from collections import Counter, deque

import torch

# A tiny "neuron" with weight decay: the weight w is used twice.
w = torch.tensor(0.8, dtype=torch.float64, requires_grad=True)
x = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
b = torch.tensor(-0.3, dtype=torch.float64, requires_grad=True)
y = torch.tensor(0.5, dtype=torch.float64)  # a target: constant, no gradient
loss = (torch.tanh(w * x + b) - y) ** 2 + 0.1 * w**2
leaves = {"w": w, "x": x, "b": b}


def leaf_name(node):
    """The name of the leaf tensor an AccumulateGrad node writes .grad into."""
    return next(k for k, v in leaves.items() if v is node.variable)


def label(node):
    """The node's class name, and for an AccumulateGrad node the leaf's name."""
    name = type(node).__name__
    if name == "AccumulateGrad":
        return f"{name}\n({leaf_name(node)})"
    return name


# Breadth-first walk from the output's grad_fn along next_functions.
nodes = [loss.grad_fn]
number = {loss.grad_fn: 0}
edges = []  # (node, next node): the direction in which backward sends gradients
skipped = []  # nodes with an input that needs no gradient
queue = deque([loss.grad_fn])
while queue:
    node = queue.popleft()
    for child, _ in node.next_functions:
        if child is None:  # an input that needs no gradient (y, or 0.1)
            skipped.append(node)
            continue
        if child not in number:
            number[child] = len(nodes)
            nodes.append(child)
            queue.append(child)
        edges.append((node, child))

for node in nodes:
    nexts = [f"[{number[c]}] {label(c)}" for p, c in edges if p is node]
    nexts = ", ".join(nexts) or "(its .grad)"
    line = f"[{number[node]}] {label(node)}  ->  {nexts}"
    print(line.replace("\n", " "))
print(f"{len(nodes)} nodes, {len(edges)} edges")
holders = ", ".join(f"[{number[n]}] {label(n)}" for n in skipped)
print(f"a None slot (an input that needs no gradient) in: {holders}")

kinds = Counter(type(n).__name__ for n in nodes)
expected = Counter(AddBackward0=2, MulBackward0=2, PowBackward0=2)
expected += Counter(SubBackward0=1, TanhBackward0=1, AccumulateGrad=3)
assert kinds == expected, kinds
accumulators = [n for n in nodes if type(n).__name__ == "AccumulateGrad"]
assert sorted(leaf_name(n) for n in accumulators) == ["b", "w", "x"]
acc_w = next(n for n in accumulators if n.variable is w)
assert sum(child is acc_w for _, child in edges) == 2  # two paths reach w
# exactly two inputs need no gradient: y in (tanh − y), and 0.1 in 0.1·w²
kinds_skipped = sorted(type(n).__name__ for n in skipped)
assert kinds_skipped == ["MulBackward0", "SubBackward0"]
