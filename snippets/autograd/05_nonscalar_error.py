import textwrap

import torch


def show_error(action, *phrases):
    """Call `action`, which must raise RuntimeError; show and check the error."""
    try:
        action()
    except RuntimeError as err:
        print(type(err).__name__)
        print(textwrap.fill(str(err), width=88))
        for phrase in phrases:
            assert phrase in str(err), phrase
        return err
    raise AssertionError(f"{action} should have raised RuntimeError")


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
u = x * x  # three outputs, not one
show_error(u.backward, "only for scalar outputs")
