loss = ((features @ w - targets) ** 2).mean()
loss.backward()


def update_without_no_grad():
    global w
    w -= lr * w.grad  # the same update, forgetting torch.no_grad()


show_error(update_without_no_grad, "leaf Variable that requires grad", "in-place operation")
