import torch


class SavedTensorCounter:
    """Count what autograd saves for backward while the `with` block runs."""

    def __init__(self, exclude=()):
        # Storages to leave out of the distinct count (e.g. parameters, which exist anyway).
        self.excluded = {t.untyped_storage().data_ptr() for t in exclude}
        # Every saved tensor, in the order autograd packed it. Holding on to them also keeps their
        # memory from being reused, so two different storages never share an address here.
        self.packed = []
        self.storages = {}  # distinct storage -> bytes it holds

    def pack(self, t):
        self.packed.append(t)
        key = t.untyped_storage().data_ptr()  # tensors that share memory share a storage
        if key not in self.excluded:
            self.storages[key] = max(self.storages.get(key, 0), t.numel() * t.element_size())
        return t  # hand the tensor itself to autograd: nothing changes for backward

    def __enter__(self):
        self._hooks = torch.autograd.graph.saved_tensors_hooks(self.pack, lambda t: t)
        self._hooks.__enter__()
        return self

    def __exit__(self, *exc):
        self._hooks.__exit__(*exc)

    @property
    def packed_bytes(self):
        return sum(t.numel() * t.element_size() for t in self.packed)

    @property
    def distinct_bytes(self):
        return sum(self.storages.values())


torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
W = torch.randn(3, 2, requires_grad=True)
with SavedTensorCounter() as counter:
    y = torch.tanh(x @ W)
    loss = y.square().sum()

names = {t.untyped_storage().data_ptr(): name for name, t in [("x", x), ("W", W), ("y", y)]}
for t in counter.packed:
    name = names.get(t.untyped_storage().data_ptr(), "a new tensor")
    print(f"saved shape {tuple(t.shape)!s:7}  {t.numel() * t.element_size():3d} bytes  = {name}")
print(f"{len(counter.packed)} tensors packed, {counter.packed_bytes} bytes; ", end="")
print(f"{len(counter.storages)} distinct storages, {counter.distinct_bytes} bytes")

# matmul keeps both factors, tanh keeps its output y, square keeps its input: y again.
assert sorted(names[t.untyped_storage().data_ptr()] for t in counter.packed) == ["W", "x", "y", "y"]
size = {name: t.numel() * t.element_size() for name, t in [("x", x), ("W", W), ("y", y)]}
assert counter.distinct_bytes == size["x"] + size["W"] + size["y"]
assert counter.packed_bytes == counter.distinct_bytes + size["y"]
