"""Print how well the site search finds the demo publications: recall@10, MRR and latency.

Runs the test collection (lectern/search/evaluation/queries.json) against a database with
the demo institute loaded and indexed:
    .venv/bin/python manage.py load_demo && .venv/bin/python manage.py update_index
    .venv/bin/python scripts/search_quality.py [--repeat N] [--language en|he] [--queries FILE] [--all]
Latency figures vary from machine to machine; recall and MRR do not.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lectern.settings.dev")

import django  # noqa: E402

django.setup()

from lectern.search.evaluation import measure  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=Path, default=measure.QUERIES, help="the collection (JSON)")
    parser.add_argument("--language", choices=measure.LANGUAGES, help="only the queries in this language")
    parser.add_argument("--repeat", type=int, default=3, help="runs per query; its latency is their median")
    parser.add_argument(
        "--all", action="store_true", help="also list every query with the ranks of its relevant results"
    )
    args = parser.parse_args()

    queries = measure.load_queries(args.queries)
    if args.language:
        queries = [query for query in queries if query["language"] == args.language]
    problems = measure.collection_problems(queries)
    if problems:
        print(f"The collection does not match this database ({len(problems)} problem(s)):", file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        print(
            "The queries expect the demo institute: manage.py load_demo, then manage.py update_index.",
            file=sys.stderr,
        )
        return 2

    outcomes = measure.run(queries, repeat=max(1, args.repeat))
    if not any(outcome.found for outcome in outcomes):
        print("No query found anything: is the search index built? Run manage.py update_index.", file=sys.stderr)
        return 2

    counts = {language: sum(query["language"] == language for query in queries) for language in measure.LANGUAGES}
    languages = ", ".join(f"{count} {language}" for language, count in counts.items() if count)
    print(f"{len(queries)} queries ({languages}); publications only, first {measure.TOP} results scored")
    print()
    print("\n".join(measure.table(outcomes)))
    missed = measure.misses(outcomes)
    print()
    print(f"Queries that missed a relevant publication: {sum(1 for outcome in outcomes if outcome.missing)}")
    if missed:
        print("\n".join(missed))
    if args.all:
        print()
        print("\n".join(measure.details(outcomes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
