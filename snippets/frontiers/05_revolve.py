import math
from functools import cache

# Griewank's model: reverse a chain of N steps (layers, solver steps). The
# state before step 1 sits in one of c checkpoint slots. Reversing step i
# needs the state before it; the step itself is rerun, recorded, as part of
# its backward step. An "advance" runs one step forward without recording.
# We search over schedules: from a stored state, advance j steps, store that
# state in a free slot, reverse the last n - j steps from there, free the
# slot, and then reverse the first j steps (each advanced once already).


@cache
def reversible(n, c, r):
    """Can n steps be reversed with c slots, no step advanced over r times?"""
    if n == 1:
        return True  # the state before the only step is at hand
    if r == 0:
        return False  # reaching step 2 needs an advance of step 1
    if c == 1:  # no free slot: run to the last step, reverse it, restart
        return reversible(n - 1, 1, r - 1)

    def split_after(j):  # the tail from j with one slot less, then the head
        return reversible(n - j, c - 1, r) and reversible(j, c, r - 1)

    return any(split_after(j) for j in range(1, n))


@cache
def fewest_advances(n, c):
    """The least total number of advances that reverses n steps with c slots."""
    if n == 1:
        return 0
    if c == 1:
        return n * (n - 1) // 2  # n-1 advances, then n-2, ..., then 1

    def cost_of_split(j):  # advance j, then the tail, then the head
        return j + fewest_advances(n - j, c - 1) + fewest_advances(j, c)

    return min(cost_of_split(j) for j in range(1, n))


def most_steps(c, r):
    n = 1
    while reversible(n + 1, c, r):
        n += 1
    return n


def repetitions(n, c):
    """The least r with C(c + r, c) >= n."""
    r = 0
    while math.comb(c + r, c) < n:
        r += 1
    return r


# 1. The most steps c slots can reverse with each step advanced at most r
#    times, found by the search, is the binomial coefficient C(c + r, c).
print("most steps reversible   r=1  r=2  r=3  r=4  r=5")
for c in range(1, 6):
    row = [most_steps(c, r) for r in range(1, 6)]
    assert row == [math.comb(c + r, c) for r in range(1, 6)]  # integers: exact
    print(f"  with c = {c} slot(s)  " + "".join(f"{m:5d}" for m in row))


# 2. The least total work, found by the search, matches the closed form
#    r·n − C(c + r, c + 1), with r the least repetition number for (n, c).
def work(n, c):
    r = repetitions(n, c)
    return r * n - math.comb(c + r, c + 1)


cases = [(n, c) for n in range(1, 61) for c in range(1, 6)]
assert all(fewest_advances(n, c) == work(n, c) for n, c in cases)
print(f"least advances: search = closed form in all {len(cases)} cases")

# 3. A long chain of N = 1000 steps. For each bound r, the fewest slots that
#    suffice, and the advances per step of the best schedule with them.
N, bounds = 1000, range(1, 8)


def fewest_slots(n, r):
    return next(c for c in range(1, n) if math.comb(c + r, c) >= n)


slots = [fewest_slots(N, r) for r in bounds]
per_step = [work(N, c) / N for c in slots]  # k/1000: printed exactly
print(f"N = {N} steps")
print("  each step advanced at most r =" + "".join(f"{r:7d}" for r in bounds))
print("  checkpoint slots needed    c =" + "".join(f"{c:7d}" for c in slots))
print("  advances per step            ", end="")
print("".join(f"{a:7.3f}" for a in per_step))
assert all(a <= r for a, r in zip(per_step, bounds, strict=True))
# r = 2: C(c + 2, 2) = (c + 1)(c + 2)/2 ≥ N, so c is about √(2N).
assert slots[1] == math.ceil((math.sqrt(8 * N + 1) - 3) / 2)
print(f"  r = 2 needs c = {slots[1]}; sqrt(2N) = {math.sqrt(2 * N):.2f}")
# c = r: C(2r, r) ≥ 4^r / (2√r), in integers C(2r, r)² · 4r ≥ 16^r (exact).
assert all(math.comb(2 * r, r) ** 2 * 4 * r >= 16**r for r in range(1, 40))
print(f"  log4(N) = {math.log(N, 4):.2f}")
