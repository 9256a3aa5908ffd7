import matplotlib.pyplot as plt
import torch

# An explorable figure: one frame per step size η = 1/8, 2/8, …, 10/8, each
# its own run of 12 steps on x² from 1.5. A step multiplies x by 1 − 2η; with
# these dyadic η every iterate is exact, on every machine.
parabola_x = torch.arange(-64, 65, dtype=torch.float64) / 32  # −2 … 2
limit = 2 / curvature  # 2/f'' = 1
print(f"{'η':>5}  {'x_12':>12}  verdict")
for frame, eighths in enumerate(range(1, 11)):
    eta = eighths / 8
    path = gradient_descent(square, 1.5, eta, 12)
    shrinks = bool(path[-1].abs() < 1.5)
    assert shrinks == (eta < limit)  # exactly when η < 2/f''
    closed, v = [], 1.5
    for _ in range(13):  # x_k = (1 − 2η)^k · 1.5, by exact products
        closed.append(v)
        v *= 1 - 2 * eta
    assert path.tolist() == closed
    if eta < 0.5:
        verdict = "creeps down one side"
    elif eta == 0.5:
        verdict = "reaches 0 in one step"
    elif eta < limit:
        verdict = "zig-zags inwards"
    elif eta == limit:
        verdict = "bounces between ±1.5 forever"
    else:
        verdict = "zig-zags outwards: diverges"
    print(f"{eta:5.3f}  {path[-1].item():12.4e}  {verdict}")
    fig, (left, right) = plt.subplots(1, 2, figsize=(9.6, 4.0), num=f"step-size@{frame}")
    shown = path.clamp(-2, 2)  # a diverging run leaves the plot: clip it
    plot(left, parabola_x, [parabola_x**2], ["f(x) = x²"], ["k-"])
    left.plot(shown, shown**2, "C1o-", ms=4, lw=1, label="iterates")
    left.set(ylim=(-0.2, 4.2), title=f"η = {eta:g} ({eighths}/8 of 2/f″)")
    left.legend(loc="upper center")
    plot(
        right,
        torch.arange(13),
        [path],
        [verdict],
        ["C1o-"],
        xlabel="step k",
        ylabel="iterate $x_k$",
        title="x_k against k",
    )
    if eta > limit:
        right.set_yscale("symlog", linthresh=1.0)
    right.axhline(0, color="grey", lw=1)
    fig.explorable = {
        "value": f"η = {eta:g}",
        "alt": (
            f"Gradient descent on x² from 1.5 with step size {eta:g}: left, the "
            f"iterates on the parabola; right, x_k against k; it {verdict}, "
            f"x_12 = {path[-1].item():.3g}."
        ),
        "default": eighths == 7,
    }
    if eighths != 7:
        plt.close(fig)  # the page keeps every frame; a notebook shows one
print(f"10 frames; |x| shrinks exactly for η < 2/f'' = {limit:g}")
