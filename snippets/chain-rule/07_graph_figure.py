import matplotlib.pyplot as plt

children = {node: [c for p, c in edges if p is node] for node in nodes}

# Vertical place: the longest path from the output (so every arrow points down).
depth = {node: 0 for node in nodes}
for _ in nodes:
    for parent, child in edges:
        depth[child] = max(depth[child], depth[parent] + 1)

# Horizontal place: leaves side by side in depth-first order,
# every other node centred above its children.
visited = []


def dfs(node):
    if node not in visited:
        visited.append(node)
        for child in children[node]:
            dfs(child)


dfs(loss.grad_fn)
leaf_order = [n for n in visited if not children[n]]
xpos = {leaf: 2.2 * k for k, leaf in enumerate(leaf_order)}
for node in sorted(nodes, key=lambda n: -depth[n]):
    if children[node]:
        xpos[node] = sum(xpos[c] for c in children[node]) / len(children[node])


def half_height(node):  # of the node's box, in data units
    return 0.24 if "\n" in label(node) else 0.13


fig, ax = plt.subplots(num="graph", figsize=(7.0, 7.2))
arrow = {"arrowstyle": "-|>", "color": "#555555", "lw": 1.2}
for parent, child in edges:
    start = (xpos[parent], -depth[parent] - half_height(parent) - 0.03)
    end = (xpos[child], -depth[child] + half_height(child) + 0.03)
    ax.annotate("", xy=end, xytext=start, arrowprops=arrow)
for node in nodes:
    colour = "C0" if children[node] else "C2"  # operations blue, leaves green
    box = {"boxstyle": "round,pad=0.35", "fc": "white", "ec": colour, "lw": 1.8}
    xy = (xpos[node], -depth[node])
    ax.text(*xy, label(node), ha="center", va="center", bbox=box)
ax.set_xlim(min(xpos.values()) - 1.0, max(xpos.values()) + 1.0)
ax.set_ylim(-max(depth.values()) - 0.5, 0.5)
ax.axis("off")
ax.set_title(
    "Backward graph of loss = (tanh(w·x + b) − y)² + 0.1·w²\n"
    "read from loss.grad_fn; arrows: where backward sends gradients"
)
levels = max(depth.values()) + 1
print(f"drew {len(nodes)} nodes on {levels} levels and {len(edges)} arrows")
