import torch

torch.manual_seed(0)
optimizer = torch.optim.Adam(field.parameters(), lr=0.03)
window, n_windows, n_updates = 10, 16, 200
with torch.no_grad():
    start_loss = trajectory_loss().item()
    start_path = rk4(field, x0, dt, steps)  # kept for the figure


def network_work(start, n_steps):
    """Calls of the network in one RK4 solve, and the state rows they see."""
    rows = []

    def count(module, inputs):
        rows.append(inputs[0].reshape(-1, 2).shape[0])

    hook = field.register_forward_pre_hook(count)
    with torch.no_grad():
        rk4(field, start, dt, n_steps)
    hook.remove()
    return len(rows), sum(rows)


first = torch.randint(0, steps - window + 1, (n_windows,))
chain, evaluations = network_work(true_path[first], window)
print(f"one update, {n_windows} windows of {window} steps: ", end="")
print(f"a chain of {chain} calls, {evaluations} evaluations")
assert (chain, evaluations) == (4 * window, 4 * window * n_windows)
chain, evaluations = network_work(x0, steps)
print(f"the whole trajectory, {steps} steps:     ", end="")
print(f"a chain of {chain} calls, {evaluations} evaluations")
assert (chain, evaluations) == (4 * steps, 4 * steps)

torch.manual_seed(0)  # the training below draws its own windows
for update in range(n_updates):
    # A batch of short pieces of the true trajectory: start each at a true
    # state and integrate 10 steps. The solver runs on the whole batch at once.
    first = torch.randint(0, steps - window + 1, (n_windows,))
    target = torch.stack([true_path[first + k] for k in range(window + 1)])
    predicted = rk4(field, true_path[first], dt, window)
    window_loss = (predicted - target).square().mean()
    optimizer.zero_grad()
    window_loss.backward()
    optimizer.step()
    if update % 50 == 0 or update == n_updates - 1:
        print(f"update {update:3d}: window loss {window_loss.item():.6f}")

with torch.no_grad():
    end_loss = trajectory_loss().item()
    fitted_path = rk4(field, x0, dt, steps)
print(f"whole-trajectory loss: {start_loss:.6f} before, {end_loss:.6f} after")
print(f"{start_loss / end_loss:.0f}x smaller")
assert end_loss < start_loss / 100
# Every printed digit is safe: the training is stable in float64 (nudging the
# initial weights by 1e-13 moves the final loss by less than that, relative), so the
# ~1e-16 round-off of each operation stays far below the 3 to 6 digits shown.
