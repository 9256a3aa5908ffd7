import torch

e = torch.exp(x)  # exp also saves its output: (eˣ)' = eˣ
e += 1  # `+=` on a tensor is in place too
show_error(e.sum().backward, "modified by an inplace operation")
