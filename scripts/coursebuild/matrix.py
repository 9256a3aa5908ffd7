"""The environment matrix: every lesson re-run as the build runs it, under numeric settings that
stand in for other machines, and compared with the committed output record.

Machines here differ (some have AVX-512, some not), and none has another BLAS, but the libraries
in the wheels can be held to other code paths, which change round-off the same way another CPU
would:

- ATEN_CPU_CAPABILITY=default: ATen's scalar kernels instead of its AVX2 ones (values: default,
  avx2, avx512; PyTorch's CPU dispatch reads it once, at the first kernel call);
- MKL_CBWR / MKL_ENABLE_INSTRUCTIONS: MKL's conditional numerical reproducibility modes, which
  pin BLAS/LAPACK to a generic or an older instruction-set code path (COMPATIBLE, SSE4_2, AVX);
- ONEDNN_MAX_CPU_ISA: the newest instruction set oneDNN may use (SSE41, AVX, AVX2, …);
- NPY_DISABLE_CPU_FEATURES: numpy's runtime dispatch (matplotlib's transforms run through it)
  held below AVX-512 (X86_V4, AVX512_ICL, AVX512_SPR) or below AVX2 as well (X86_V3), down to its
  SSE4.2 baseline; naming a feature the CPU lacks is allowed;
- another thread count for each lesson's intra-op pool (the build uses one thread per lesson);
- XLA_FLAGS for JAX's compiler, which ignores all of the above: --xla_cpu_max_isa holds its
  generated code to an older instruction set (SSE4_2: two doubles per vector and no FMA; AVX: four,
  no FMA; this machine's default is AVX2 with FMA), and --xla_cpu_multi_thread_eigen=false is its
  single-thread setting (the build's; the worker sets it when a lesson has one thread).

Each environment runs in a process of its own (the variables must be set before torch loads),
which runs every lesson in parallel, exactly as the build does, and dumps each lesson's record
body. `python scripts/matrix.py` runs it from the command line; tests/test_matrix.py in the suite.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from coursebuild import ROOT, record
from coursebuild.execute import run_lessons
from coursebuild.lessons import all_lessons

ENVIRONMENTS: dict[str, dict[str, str]] = {
    # ATen's kernels compiled without vector instructions (its DEFAULT capability), with MKL's
    # generic, vendor-neutral code path, oneDNN limited to SSE4.1 and numpy to its SSE4.2 baseline.
    "scalar-generic": {
        "ATEN_CPU_CAPABILITY": "default",
        "MKL_CBWR": "COMPATIBLE",
        "MKL_ENABLE_INSTRUCTIONS": "SSE4_2",
        "ONEDNN_MAX_CPU_ISA": "SSE41",
        "NPY_DISABLE_CPU_FEATURES": "X86_V3 X86_V4 AVX512_ICL AVX512_SPR",
        "XLA_FLAGS": "--xla_cpu_max_isa=SSE4_2",  # on one thread, as in the build
    },
    # MKL and oneDNN held to AVX (no AVX2, no FMA), ATen and numpy to AVX2 (no AVX-512 even where
    # present), and three intra-op threads per lesson instead of one (reductions split otherwise).
    "avx-threads-3": {
        "MKL_CBWR": "AVX",
        "MKL_ENABLE_INSTRUCTIONS": "AVX",
        "ONEDNN_MAX_CPU_ISA": "AVX",
        "ATEN_CPU_CAPABILITY": "avx2",
        "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512_ICL AVX512_SPR",
        "COURSE_THREADS": "3",
        "OMP_NUM_THREADS": "3",
        "MKL_NUM_THREADS": "3",
        # XLA at AVX as well, with its multithreaded Eigen kernels on (the build turns them off)
        "XLA_FLAGS": "--xla_cpu_max_isa=AVX --xla_cpu_multi_thread_eigen=true",
    },
}
VARIABLES = sorted({name for env in ENVIRONMENTS.values() for name in env})
"""Every variable the matrix sets: the normal run has none of them."""


def clean_environ() -> dict[str, str]:
    """This process's environment without any of the matrix's variables (the normal run)."""
    return {k: v for k, v in os.environ.items() if k not in VARIABLES}


def dump(slugs: list[str] | None = None) -> dict:
    """Run the lessons here (uncached, in parallel, as the build does); each lesson's record body."""
    lessons = [lesson for lesson in all_lessons() if not slugs or lesson.slug in slugs]
    results = run_lessons(lessons, use_cache=False)
    out = {
        lesson.slug: {"error": result.error, "body": None if result.error else record.body(lesson, result)}
        for lesson, result in zip(lessons, results, strict=True)
    }
    import torch  # after the lessons: the build process itself never needs torch
    from numpy._core import _multiarray_umath as numpy_dispatch

    return {
        "lessons": out,
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "numpy_features": {k: bool(v) for k, v in numpy_dispatch.__cpu_features__.items()},
        "xla": xla_probe(),
    }


def xla_probe() -> dict:
    """What XLA made of XLA_FLAGS as a lesson's process sees them: the options it parsed, and the
    widest vector of doubles in the code it generated for an elementwise function (2 for SSE4_2,
    4 for AVX and AVX2). Run after the lessons: it imports jax into this process."""
    from coursebuild import worker

    worker.set_threads()  # the lesson's XLA_FLAGS
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XLA_FLAGS"] = f"{os.environ.get('XLA_FLAGS', '')} --xla_dump_to={folder}".strip()
        import jax
        import jax.numpy as jnp

        jax.config.update("jax_enable_x64", True)
        jax.jit(lambda x: 2.0 * x + 1.0)(jnp.zeros(256)).block_until_ready()
        dumped = Path(folder)
        options = "".join(p.read_text() for p in dumped.glob("*.debug_options"))
        code = "".join(p.read_text() for p in dumped.glob("*.ir-with-opt.ll"))
    widths = [int(w) for w in re.findall(r"<(\d+) x double>", code)]
    return {"options": sorted(set(options.splitlines())), "vector_doubles": max(widths, default=1)}


def run(name: str, slugs: list[str] | None = None) -> dict:
    """Run the lessons in a fresh process under environment `name` ("normal" for none)."""
    env = {**clean_environ(), **ENVIRONMENTS.get(name, {}), "COURSE_NO_CACHE": "1"}
    code = "import json, sys; from coursebuild import matrix; print(json.dumps(matrix.dump(sys.argv[1:])))"
    done = subprocess.run(
        [sys.executable, "-c", code, *(slugs or [])],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT / "scripts")},
        capture_output=True,
        text=True,
        timeout=900,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the run under {name} failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def differences(name: str, dumped: dict) -> list[str]:
    """Every lesson whose run under `name` differs from its committed record, with the first line."""
    found = []
    by_slug = {lesson.slug: lesson for lesson in all_lessons()}
    for slug, got in dumped["lessons"].items():
        lesson = by_slug[slug]
        if got["error"]:
            found.append(f"[{name}] {got['error']}")
            continue
        expected = record.recorded_body(lesson) or ""
        diff = record.first_difference(expected, got["body"], f"[{name}] docs/{lesson.page}")
        if diff is not None:
            found.append(f"{diff[0]}\n{diff[1]}")
    return found
