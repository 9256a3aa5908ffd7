import torch
from torch.autograd.graph import saved_tensors_hooks


def storage_id(t):
    return t.untyped_storage().data_ptr()  # views of one memory share it


def nbytes(t):
    return t.numel() * t.element_size()


class SavedTensorCounter:
    """Count what autograd saves for backward while the `with` block runs."""

    def __init__(self, exclude=()):
        # Storages left out of the distinct count (e.g. parameters).
        self.excluded = {storage_id(t) for t in exclude}
        # Every saved tensor, in packing order. Holding on to them also keeps
        # their memory from being reused, so storage addresses stay unique.
        self.packed = []
        self.storages = {}  # distinct storage -> bytes it holds

    def pack(self, t):
        self.packed.append(t)
        key = storage_id(t)
        if key not in self.excluded:
            self.storages[key] = max(self.storages.get(key, 0), nbytes(t))
        return t  # hand autograd the tensor itself: backward does not change

    def __enter__(self):
        self._hooks = saved_tensors_hooks(self.pack, lambda t: t)
        self._hooks.__enter__()
        return self

    def __exit__(self, *exc):
        self._hooks.__exit__(*exc)

    @property
    def packed_bytes(self):
        return sum(nbytes(t) for t in self.packed)

    @property
    def distinct_bytes(self):
        return sum(self.storages.values())


torch.manual_seed(0)
x = torch.randn(4, 3, requires_grad=True)
W = torch.randn(3, 2, requires_grad=True)
with SavedTensorCounter() as counter:
    u = torch.tanh(x @ W)
    loss = u.square().sum()

names = {storage_id(x): "x", storage_id(W): "W", storage_id(u): "u"}
for t in counter.packed:
    name = names.get(storage_id(t), "a new tensor")
    print(f"saved shape {tuple(t.shape)!s:7}  {nbytes(t):3d} bytes  = {name}")
n_packed, n_distinct = len(counter.packed), len(counter.storages)
print(f"{n_packed} tensors packed: {counter.packed_bytes} bytes")
print(f"{n_distinct} distinct storages: {counter.distinct_bytes} bytes")

# matmul keeps both factors, tanh its output u, square its input: u again.
saved_names = sorted(names[storage_id(t)] for t in counter.packed)
assert saved_names == ["W", "u", "u", "x"]
assert counter.distinct_bytes == nbytes(x) + nbytes(W) + nbytes(u)
assert counter.packed_bytes == counter.distinct_bytes + nbytes(u)
