import matplotlib.pyplot as plt

children = {node: [c for p, c in edges if p is node] for node in nodes}

# Vertical place: the longest path from the output, so that every arrow points down.
depth = {node: 0 for node in nodes}
for _ in nodes:
    for parent, child in edges:
        depth[child] = max(depth[child], depth[parent] + 1)

# Horizontal place: leaves side by side in depth-first order, every other node above its children's middle.
visited = []


def dfs(node):
    if node not in visited:
        visited.append(node)
        for child in children[node]:
            dfs(child)


dfs(loss.grad_fn)
xpos = {leaf: 2.2 * k for k, leaf in enumerate(n for n in visited if not children[n])}
for node in sorted(nodes, key=lambda n: -depth[n]):
    if children[node]:
        xpos[node] = sum(xpos[c] for c in children[node]) / len(children[node])


def half_height(node):  # of the node's box, in data units (one or two lines of text)
    return 0.2 if "\n" in label(node) else 0.13


fig, ax = plt.subplots(num="graph", figsize=(7.0, 7.2))
for parent, child in edges:
    ax.annotate(
        "",
        xy=(xpos[child], -depth[child] + half_height(child) + 0.03),
        xytext=(xpos[parent], -depth[parent] - half_height(parent) - 0.03),
        arrowprops={"arrowstyle": "-|>", "color": "#555555", "lw": 1.2, "shrinkA": 0, "shrinkB": 0},
    )
for node in nodes:
    leaf = not children[node]
    ax.text(
        xpos[node],
        -depth[node],
        label(node),
        ha="center",
        va="center",
        fontsize=10,
        bbox={"boxstyle": "round,pad=0.35", "fc": "white", "ec": "C2" if leaf else "C0", "lw": 1.8},
    )
ax.set_xlim(min(xpos.values()) - 1.0, max(xpos.values()) + 1.0)
ax.set_ylim(-max(depth.values()) - 0.5, 0.5)
ax.axis("off")
ax.set_title(
    "Backward graph of loss = (tanh(w·x + b) − t)² + 0.1·w²\n"
    "read from loss.grad_fn; arrows: where backward sends gradients"
)
levels = max(depth.values()) + 1
print(f"drew {len(nodes)} nodes on {levels} levels and {len(edges)} arrows, all taken from the walk")
