"""``make bench``: build a large archive in a scratch database, serve it as ``make run`` does,
load it, and print (and write to docs/benchmarks.md) what each kind of page costs.

    .venv/bin/python scripts/bench.py                      # 100,000 publications, 10 s per URL
    .venv/bin/python scripts/bench.py --publications 10000 --seconds 5
    .venv/bin/python scripts/bench.py --quick              # smoke run: tiny archive, 1 s per URL
    DATABASE_URL=postgres://lectern:lectern@127.0.0.1/lectern_bench scripts/bench.py

A benchmark, not a test. Steps:
1. A scratch database (a temporary SQLite file, or the empty PostgreSQL database named by
   ``DATABASE_URL``; ``--reuse`` accepts a non-empty one and skips the build): migrate, the
   base demo (``load_demo``), then ``lectern.demo.bulk.build_archive`` (people, publications
   with Hebrew translations, search index), each step timed.
2. gunicorn with the production settings plus the bench hooks (``lectern.settings.bench``: the
   ceiling view and an ``X-Lectern-Queries`` header), the same worker count as ``make run``,
   on 127.0.0.1, driven by a small thread-per-connection load generator for a fixed time per
   URL group, cold then warm (see ``COLD`` and ``WARM`` below).
3. The ceiling: a bare Django view returning a fixed page the size of a publication page,
   through the same server and middleware, measured before and after the pages.
4. A table: requests/s, p50/p95/p99 latency, ratio to the ceiling, SQL queries per request,
   peak memory per worker (VmRSS of the workers sampled during the run; VmHWM at the end).
"""

import argparse
import datetime
import json
import os
import platform
import random
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
DOC = ROOT / "docs" / "benchmarks.md"

COLD = (
    "Cold: the server runs with the whole-page cache off (`PAGE_CACHE_SECONDS=0`); the shared "
    "cache (the file cache `make run` uses: fragments, menus, search facet counts) is emptied before each URL group's run, and the requests rotate through many "
    "different addresses (up to 2,000 publications, 2,000 people, every topic, 40 listing "
    "filters, 40 search queries per language, every sitemap page), so a page's own queries "
    "always reach the database. Fragments shared by every page (menus, footer, institute "
    "details) are cached again by the first request of the run, as on a live site after a "
    "publish; the workers' in-process state (Python caches, SQLite's page cache, the OS file "
    "cache) stays warm."
)
WARM = (
    "Warm: a second server with the whole-page cache as deployed (`PAGE_CACHE_SECONDS` unset: its "
    "default), the same groups rotating through at most 20 addresses each, every address requested "
    "once before the timed run."
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--publications", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--seconds", type=float, default=10.0, help="load time per URL group and cache state")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (make run: 2)")
    parser.add_argument("--concurrency", type=int, default=0, help="client connections (default 2 × workers)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 200 publications, 40 people, 1 s per URL")
    parser.add_argument("--reuse", action="store_true", help="accept a non-empty DATABASE_URL and skip the build")
    parser.add_argument("--build-only", action="store_true", help="build the archive, report its time, stop")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (database, cache, logs)")
    parser.add_argument("--output", type=Path, help=f"where to write the report (default {DOC.relative_to(ROOT)})")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if args.quick:
        args.publications, args.people, args.seconds = 200, 40, 1.0
        args.no_write = args.no_write or not args.output
    args.concurrency = args.concurrency or 2 * args.workers
    return args


def setup_environment(scratch, port):
    """The environment of `make run` (RUN_ENV) plus the scratch database, cache and media."""
    env = {
        "DJANGO_SETTINGS_MODULE": "lectern.settings.bench",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "BASE_URL": f"http://127.0.0.1:{port}",
        "FILE_CACHE_DIR": str(scratch / "cache"),
        "MEDIA_ROOT": str(scratch / "media"),
        "STATIC_ROOT": str(scratch / "static"),
        "EMAIL_URL": "",
    }
    env.setdefault("DATABASE_URL", os.environ.get("DATABASE_URL") or f"sqlite:///{scratch / 'bench.sqlite3'}")
    for name in ("REDIS_URL", "PAGE_CACHE_SECONDS"):
        os.environ.pop(name, None)  # the default file cache and page cache, as `make run`
    os.environ.update(env)
    return env


# --- 1. the archive ----------------------------------------------------------------------------


def build(args, log):
    from django.core.management import call_command
    from django.db import connection

    from lectern.demo.bulk import build_archive

    timings = {}
    existing = [name for name in connection.introspection.table_names() if name.startswith("wagtailcore_")]
    if existing and not args.reuse:
        sys.exit(f"The database {connection.settings_dict['NAME']} is not empty: give --reuse to benchmark it as is.")
    args.build_loads = [load_average()]
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    timings["migrate"] = time.perf_counter() - started
    started = time.perf_counter()
    call_command("collectstatic", interactive=False, verbosity=0)
    timings["collectstatic"] = time.perf_counter() - started
    if existing:
        log("Reusing the database as it is (--reuse): no build.")
        return timings
    started = time.perf_counter()
    call_command("load_demo", "--no-admin", stdout=open(os.devnull, "w"))  # noqa: SIM115
    timings["base demo (load_demo)"] = time.perf_counter() - started
    log(f"Base demo loaded in {timings['base demo (load_demo)']:.1f} s; building the archive …")
    steps = build_archive(args.publications, people=args.people, log=lambda line: None)
    for step, seconds in steps.items():
        timings[f"archive: {step}"] = seconds
    timings["archive total"] = sum(steps.values())
    args.build_loads.append(load_average())
    return timings


def archive_counts():
    from wagtail.models import Locale

    from lectern.people.models import PersonPage
    from lectern.publications.models import PublicationPage

    counts = {}
    for locale in Locale.objects.all():
        counts[f"publications ({locale.language_code})"] = PublicationPage.objects.filter(locale=locale).count()
        counts[f"people ({locale.language_code})"] = PersonPage.objects.filter(locale=locale).count()
    return counts


# --- 2. the addresses --------------------------------------------------------------------------


def sample_urls(queryset, n, rng, prepare=None):
    pks = list(queryset.values_list("pk", flat=True))
    chosen = queryset.model.objects.filter(pk__in=rng.sample(pks, min(n, len(pks))))
    if prepare:
        prepare(chosen)
    return [page.url for page in chosen]


def url_groups(rng):
    """Group name -> addresses to rotate through (cold uses them all, warm the first 20)."""
    from django.core.paginator import Paginator

    from wagtail.models import Locale

    from lectern.core.pagination import DEFAULT_PER_PAGE
    from lectern.people.models import PersonPage
    from lectern.publications.citation import store_all
    from lectern.publications.models import PublicationPage
    from lectern.topics.models import TopicPage

    en = Locale.objects.get(language_code="en")
    publications = PublicationPage.objects.live()
    english = publications.filter(locale=en).count()
    last = Paginator(range(english), DEFAULT_PER_PAGE).num_pages
    deep = min(2000, last)
    topics = list(TopicPage.objects.live().filter(locale=en, depth__gte=5).values_list("slug", flat=True))
    years = sorted({date.year for date in publications.filter(locale=en).dates("publication_date", "year")})
    filtered = [f"/en/publications/?topic={slug}&year={year}" for slug in topics for year in years]
    rng.shuffle(filtered)
    searches_en = ["deterrence", "energy security", "Lebanon", "maritime", "cyber defence", "public trust",
                   "water policy", "arms control", "Iraq", "drone", "alliance", "resilience", "border",
                   "intelligence cooperation", "Red Sea", "reserve service", "infrastructure", "Egypt",
                   "counter-terrorism", "normalization"]  # fmt: skip
    searches_he = ["הרתעה", "ביטחון אנרגטי", "לבנון", "סייבר", "מדיניות מים", "אמון הציבור", "פיקוח על נשק",
                   "עיראק", "רחפנים", "בריתות", "חוסן", "גבולות", "מודיעין", "ים סוף", "מילואים", "תשתיות",
                   "מצרים", "טרור", "נורמליזציה", "המפרץ"]  # fmt: skip
    quote = urllib.parse.quote
    sitemap_pages = max(1, -(-publications.count() // 1000))
    return {
        "home": ["/en/", "/he/"],
        "publications, page 1": ["/en/publications/", "/he/publications/"],
        f"publications, page {deep:,}": [f"/en/publications/?page={deep}"],
        "publications, filtered": filtered[:40] or ["/en/publications/"],
        "topic page": sample_urls(TopicPage.objects.live(), 200, rng),
        "person page": sample_urls(PersonPage.objects.live(), 2000, rng),
        # A publication published in the admin has its formatted references kept from then on; the
        # archive is written without publishing, so they are made here, as publishing would.
        "publication page": sample_urls(publications, 2000, rng, prepare=store_all),
        "search (en)": [f"/en/search/?q={quote(q)}" for q in searches_en],
        "search (he)": [f"/he/search/?q={quote(q)}" for q in searches_he],
        "feed (RSS)": ["/en/feeds/publications.rss", "/he/feeds/publications.rss"],
        "sitemap page": [f"/sitemap-publications.xml?p={n}" for n in range(1, sitemap_pages + 1)],
    }


# --- the server, the load, the memory ----------------------------------------------------------


def start_server(args, env, port, scratch):
    command = [
        str(BIN / "gunicorn"), "lectern.wsgi:application", "--bind", f"127.0.0.1:{port}",
        "--workers", str(args.workers), "--access-logfile", str(scratch / "access.log"),
        "--forwarded-allow-ips", "127.0.0.1",
    ]  # fmt: skip
    log = open(scratch / "gunicorn.log", "w")  # noqa: SIM115
    server = subprocess.Popen(  # noqa: S603 (our own gunicorn, fixed arguments)
        command, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            status, _, _ = fetch(port, "/healthz")
            if status == 200 and len(workers(server.pid)) == args.workers:
                return server
        except OSError:
            pass
        if server.poll() is not None:
            break
        time.sleep(0.3)
    server.kill()
    sys.exit(f"gunicorn did not start; see {scratch / 'gunicorn.log'}")


def workers(master_pid):
    try:
        return [int(pid) for pid in Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()]
    except OSError:
        return []


def memory_kb(pid, field):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def fetch(port, url):
    connection = HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", url, headers={"Accept-Language": "en", "Accept-Encoding": "identity"})
        response = connection.getresponse()
        body = response.read()
        return response.status, response.getheader("X-Lectern-Queries"), body
    finally:
        connection.close()


def load(port, urls, seconds, concurrency, master_pid):
    """Drive ``urls`` in rotation from ``concurrency`` threads for ``seconds``; sample the workers' RSS."""
    results, lock, stop = [], threading.Lock(), threading.Event()
    cursor = iter(range(10**9))
    peak_rss = [0]

    def client():
        while not stop.is_set():
            with lock:
                url = urls[next(cursor) % len(urls)]
            started = time.perf_counter()
            try:
                status, queries, body = fetch(port, url)
            except OSError:
                status, queries, body = 0, None, b""
            elapsed = time.perf_counter() - started
            with lock:
                results.append((elapsed, status, int(queries) if queries else None, len(body)))

    def sampler():
        while not stop.is_set():
            for pid in workers(master_pid):
                peak_rss[0] = max(peak_rss[0], memory_kb(pid, "VmRSS"))
            stop.wait(0.2)

    threads = [threading.Thread(target=client) for _ in range(concurrency)] + [threading.Thread(target=sampler)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - began
    return summarise(results, duration, peak_rss[0])


def summarise(results, duration, peak_rss):
    latencies = sorted(r[0] for r in results if r[1] == 200)
    queries = [r[2] for r in results if r[2] is not None and r[1] == 200]

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000 if latencies else float("nan")

    return {
        "requests": len(results),
        "errors": sum(1 for r in results if r[1] != 200),
        "statuses": sorted({r[1] for r in results if r[1] != 200}),
        "rps": len(latencies) / duration,
        "p50": pct(0.50),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "queries": statistics.mean(queries) if queries else float("nan"),
        "queries_range": (min(queries), max(queries)) if queries else (0, 0),
        "bytes": statistics.median(r[3] for r in results) if results else 0,
        "peak_rss_mb": peak_rss / 1024,
    }


def clear_cache():
    from django.core.cache import cache

    cache.clear()


# --- the report --------------------------------------------------------------------------------

COLD_TARGET_GROUPS = ("publication page", "publications,", "topic page", "person page")


def machine():
    cpuinfo = Path("/proc/cpuinfo").read_text()
    models = [line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")]
    memory = memory_kb("self", "VmRSS") and next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    import sqlite3

    import django
    from django.db import connection

    import wagtail

    versions = (
        f"Python {platform.python_version()}, Django {django.get_version()}, Wagtail {wagtail.__version__}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            versions += f", PostgreSQL {cursor.fetchone()[0]}"
    return {
        "cpu": f"{len(models)} × {models[0] if models else platform.processor()}",
        "memory": f"{memory / 1024 / 1024:.1f} GiB",
        "kernel": platform.release(),
        "versions": versions,
    }


def load_average():
    return Path("/proc/loadavg").read_text().split()[0]


def table(rows, ceiling_rps):
    lines = [
        "| URL group | cache | req/s | p50 ms | p95 ms | p99 ms | × ceiling | queries/req | peak RSS/worker MB | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, state, r in rows:
        ratio = r["rps"] / ceiling_rps if ceiling_rps else float("nan")
        low, high = r["queries_range"]
        queries = f"{r['queries']:.1f}" + (f" ({low}–{high})" if low != high else "")
        lines.append(
            f"| {name} | {state} | {r['rps']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} | {r['p99']:.0f} | "
            f"{ratio:.1%} | {queries} | {r['peak_rss_mb']:.0f} | {r['errors']}"
            + (f" ({', '.join(map(str, r['statuses']))})" if r["errors"] else "")
            + " |"
        )
    return "\n".join(lines)


def verdicts(args, timings, rows, ceiling_rps, hwm_mb):
    def ratio(r):
        return r["rps"] / ceiling_rps if ceiling_rps else 0

    out = []
    archive = timings.get("archive total")
    if archive is not None:
        scale = f"{args.publications:,} publications"
        met = archive <= 300 if args.publications >= 100_000 else None
        out.append(
            (
                f"Archive of {scale} built in ≤ 5 minutes (SQLite)",
                met,
                f"{archive:.0f} s" + ("" if met is not None else " (not the 100,000 target's size)"),
            )
        )
    cold = [(n, r) for n, s, r in rows if s == "cold" and n.startswith(COLD_TARGET_GROUPS)]
    worst = min(cold, key=lambda item: ratio(item[1])) if cold else None
    if worst:
        out.append(
            (
                "Cold: publication, listing, topic and person pages ≥ 20% of the ceiling",
                all(ratio(r) >= 0.2 for _, r in cold),
                f"lowest: {worst[0]} at {ratio(worst[1]):.0%}",
            )
        )
    for lang in ("en", "he"):
        found = [r for n, s, r in rows if n == f"search ({lang})" and s == "cold"]
        if found:
            out.append((f"Search p95 ≤ 100 ms ({lang}, cold)", found[0]["p95"] <= 100, f"{found[0]['p95']:.0f} ms"))
    warm = [(n, r) for n, s, r in rows if s == "warm"]
    if warm:
        worst = min(warm, key=lambda item: ratio(item[1]))
        out.append(
            (
                "Warm: every page ≥ 80% of the ceiling",
                all(ratio(r) >= 0.8 for _, r in warm),
                f"lowest: {worst[0]} at {ratio(worst[1]):.0%}",
            )
        )
    peak = max([r["peak_rss_mb"] for _, _, r in rows] + [hwm_mb])
    out.append(("Memory per worker ≤ 200 MB under load", peak <= 200, f"peak {peak:.0f} MB"))
    return out


def report(args, info, timings, counts, rows, ceilings, hwm_mb, loads):
    ceiling_rps = statistics.mean(c["rps"] for c in ceilings)
    lines = [
        "## Latest run",
        "",
        "Written by `make bench` (`scripts/bench.py`); figures vary from machine to machine and with what "
        "else the machine is doing: the load average is given for each run.",
        "",
        f"- Date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {info['cpu']}, {info['memory']} memory, Linux {info['kernel']}",
        f"- Software: {info['versions']}",
        f"- Database: {os.environ['DATABASE_URL'].split('://')[0]}; "
        + ", ".join(f"{name} {count:,}" for name, count in counts.items()),
        f"- Server: gunicorn, {args.workers} sync workers (as `make run`), production settings; "
        f"load generator: {args.concurrency} connections from this script's threads on the same machine, "
        f"{args.seconds:g} s per URL group and cache state",
        f"- Load average (1 min) before / after the load runs: {loads[0]} / {loads[1]}",
        "",
        "### Build",
        "",
        "| step | seconds |",
        "|---|---:|",
        *(f"| {step} | {seconds:.1f} |" for step, seconds in timings.items()),
        "",
        "Load average (1 min) at the start / end of the build: " + " / ".join(getattr(args, "build_loads", ["?"])),
        "",
        "### Pages",
        "",
        f"Ceiling: a bare Django view returning a fixed {ceilings[0]['bytes']:,.0f}-byte page (the median "
        f"publication page) through the same server and middleware: "
        + " and ".join(f"{c['rps']:.1f} req/s (p50 {c['p50']:.0f} ms)" for c in ceilings)
        + f" before and after the pages; ratios use the mean, {ceiling_rps:.1f} req/s.",
        "",
        table(rows, ceiling_rps),
        "",
        f"Peak VmHWM of any worker at the end of the run: {hwm_mb:.0f} MB.",
        "",
        COLD,
        "",
        WARM,
        "",
        "### Targets",
        "",
        "| target | met | figure |",
        "|---|---|---|",
        *(
            f"| {name} | {'yes' if met else 'n/a' if met is None else '**no**'} | {figure} |"
            for name, met, figure in verdicts(args, timings, rows, ceiling_rps, hwm_mb)
        ),
    ]
    return "\n".join(lines) + "\n"


START, END = "<!-- bench: start (written by scripts/bench.py) -->", "<!-- bench: end -->"


def write_report(output, text):
    """Replace the generated part of ``output``, keeping the notes written by hand around it."""
    current = output.read_text() if output.exists() else ""
    if START in current and END in current:
        before, rest = current.split(START, 1)
        after = rest.split(END, 1)[1]
    else:
        before, after = current, ""
    output.write_text(f"{before}{START}\n{text}{END}{after or chr(10)}")


def main():
    args = parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="lectern-bench-"))
    port = free_port()
    env = setup_environment(scratch, port)

    def log(line):
        print(line, flush=True)

    import django

    django.setup()
    from django.db import connections

    rng = random.Random(1)  # noqa: S311 (which pages to request)
    server = None
    try:
        log(f"Scratch folder {scratch}; database {env['DATABASE_URL']}")
        timings = build(args, log)
        for step, seconds in timings.items():
            log(f"  {step}: {seconds:.1f} s")
        log(f"  load average at the start / end of the build: {' / '.join(getattr(args, 'build_loads', ['?']))}")
        counts = archive_counts()
        log("  " + ", ".join(f"{name} {count:,}" for name, count in counts.items()))
        if args.build_only:
            return
        groups = url_groups(rng)
        connections.close_all()
        # Cold: every request reaches the database, so the whole-page cache is off
        # (PAGE_CACHE_SECONDS=0); warm: a second server with the setting as deployed.
        server = start_server(args, {**env, "PAGE_CACHE_SECONDS": "0"}, port, scratch)
        log(f"gunicorn on 127.0.0.1:{port}, {args.workers} workers; load average {load_average()}")
        loads = [load_average()]
        size = int(statistics.median(len(fetch(port, url)[2]) for url in groups["publication page"][:20]))

        def ceiling():
            result = load(port, [f"/bench/ceiling/{size}/"], args.seconds, args.concurrency, server.pid)
            log(f"  ceiling ({size:,} bytes): {result['rps']:.1f} req/s, p50 {result['p50']:.0f} ms")
            return result

        ceilings = [ceiling()]
        rows = []
        for name, urls in groups.items():
            clear_cache()
            result = load(port, urls, args.seconds, args.concurrency, server.pid)
            rows.append((name, "cold", result))
            log(f"  {name:28} cold {result['rps']:7.1f} req/s  p50 {result['p50']:5.0f} ms  "
                f"p99 {result['p99']:5.0f} ms  {result['queries']:5.1f} queries  errors {result['errors']}")  # fmt: skip
        server.terminate()
        server.wait(timeout=30)
        clear_cache()
        server = start_server(args, env, port, scratch)
        for name, urls in groups.items():
            warm = urls[:20]
            for url in warm:
                fetch(port, url)
            result = load(port, warm, args.seconds, args.concurrency, server.pid)
            rows.append((name, "warm", result))
            log(f"  {name:28} warm {result['rps']:7.1f} req/s  p50 {result['p50']:5.0f} ms  "
                f"p99 {result['p99']:5.0f} ms  {result['queries']:5.1f} queries  errors {result['errors']}")  # fmt: skip
        ceilings.append(ceiling())
        loads.append(load_average())
        hwm_mb = max([memory_kb(pid, "VmHWM") for pid in workers(server.pid)] + [0]) / 1024
        text = report(args, machine(), timings, counts, rows, ceilings, hwm_mb, loads)
        print("\n" + text)
        if not args.no_write:
            output = args.output or DOC
            write_report(output, text)
            log(f"Written to {output}")
        json.dump(
            {"timings": timings, "rows": rows, "ceilings": ceilings, "hwm_mb": hwm_mb},
            open(scratch / "results.json", "w"),  # noqa: SIM115
            default=str,
        )
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if args.keep:
            log(f"Kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
