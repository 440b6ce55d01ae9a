"""Hypothesis profiles: ``ci`` (more examples, derandomized) and ``dev`` (quick).

Choose with HYPOTHESIS_PROFILE=ci|dev; the default is dev.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def calls(run: Callable[[], object]) -> int:
    """How many Python and C function calls ``run()`` makes: a deterministic measure of
    work for linearity tests (speed itself is measured by the benchmarks, never asserted)."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count
