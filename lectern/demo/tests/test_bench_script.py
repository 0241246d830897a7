"""``scripts/bench.py --quick`` end to end: scratch database, base demo, a tiny archive, gunicorn,
every URL group cold and warm, the ceiling, the report.

Opt-in (``LECTERN_BENCH_SMOKE=1``): it migrates a fresh database and loads the base demo before
serving anything, about three minutes on the 2-core machine, too long for every ``make test``.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
GROUPS = ["home", "publications, page 1", "publications, filtered", "topic page", "person page",
          "publication page", "search (en)", "search (he)", "feed (RSS)", "sitemap page"]  # fmt: skip


@pytest.mark.skipif(os.environ.get("LECTERN_BENCH_SMOKE") != "1", reason="set LECTERN_BENCH_SMOKE=1 (~3 min)")
def test_quick_bench_runs_end_to_end(tmp_path):
    output = tmp_path / "benchmarks.md"
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    done = subprocess.run(  # noqa: S603 (our own script)
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = output.read_text()
    assert "Ceiling: a bare Django view returning a fixed" in report
    for group in GROUPS:
        for state in ("cold", "warm"):
            row = re.search(rf"^\| {re.escape(group)} \| {state} \| (.+) \|$", report, re.MULTILINE)
            assert row, (group, state)
            cells = [cell.strip() for cell in row.group(1).split("|")]
            requests_per_second, queries, errors = float(cells[0]), cells[6], cells[-1]
            assert requests_per_second > 0
            assert float(queries.split()[0]) > 0  # the server counted its queries
            assert errors == "0", (group, state, errors)
    assert "| Memory per worker ≤ 200 MB under load |" in report
