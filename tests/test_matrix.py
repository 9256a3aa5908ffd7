"""Every lesson, re-run as the build runs it under settings that stand in for other machines,
prints every line and draws every figure exactly as its committed output record says.

The environments and their variables are in scripts/coursebuild/matrix.py (and the README):
`scalar-generic`: ATen's scalar kernels (ATEN_CPU_CAPABILITY=default) with MKL's generic code path
and oneDNN at SSE4.1 (MKL_CBWR=COMPATIBLE, MKL_ENABLE_INSTRUCTIONS=SSE4_2, ONEDNN_MAX_CPU_ISA=SSE41),
numpy at its SSE4.2 baseline (NPY_DISABLE_CPU_FEATURES);
`avx-threads-3`: MKL and oneDNN held to AVX (MKL_CBWR=AVX, MKL_ENABLE_INSTRUCTIONS=AVX,
ONEDNN_MAX_CPU_ISA=AVX), ATen and numpy to AVX2, and three intra-op threads per lesson (COURSE_THREADS=3,
OMP_NUM_THREADS=3, MKL_NUM_THREADS=3). XLA (JAX) has its own flags: SSE4_2 code on one thread in
the first, AVX code with multithreaded Eigen kernels in the second (XLA_FLAGS). Each test also checks
that the settings took effect. A difference names page, snippet and the first line.
"""

from __future__ import annotations

import re

import pytest

from coursebuild import matrix

CAPABILITY = {"default": "DEFAULT", "avx2": "AVX2"}
VECTOR_DOUBLES = {"SSE4_2": 2, "AVX": 4}  # float64 lanes of the ISA's widest vector register


@pytest.mark.parametrize("name", list(matrix.ENVIRONMENTS))
def test_every_page_is_the_same_under(name):
    dumped = matrix.run(name)
    wanted = matrix.ENVIRONMENTS[name].get("ATEN_CPU_CAPABILITY")
    if wanted:  # the setting really reached ATen's dispatch
        assert dumped["cpu_capability"] == CAPABILITY[wanted]
    # ... numpy's dispatch sees every feature named as off (on a CPU without them, they are anyway)
    for feature in matrix.ENVIRONMENTS[name].get("NPY_DISABLE_CPU_FEATURES", "").split():
        assert dumped["numpy_features"][feature] is False, feature
    # ... and the XLA flags really reached XLA (the options it parsed, the code it generated)
    flags = matrix.ENVIRONMENTS[name].get("XLA_FLAGS", "")
    xla = dumped["xla"]
    for isa in re.findall(r"--xla_cpu_max_isa=(\w+)", flags):
        assert f'xla_cpu_max_isa: "{isa}"' in xla["options"]
        assert xla["vector_doubles"] <= VECTOR_DOUBLES[isa], xla
    single = "xla_cpu_multi_thread_eigen: false" in xla["options"]
    assert single == (matrix.ENVIRONMENTS[name].get("COURSE_THREADS", "1") == "1"), xla
    problems = matrix.differences(name, dumped)
    assert not problems, f"{len(problems)} lessons differ under {name}:\n\n" + "\n\n".join(problems)
