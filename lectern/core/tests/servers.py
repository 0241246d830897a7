"""For tests that run the site in processes of their own (the browser tests' demo, the two-server
test): a PostgreSQL database beside the test database, and stopping a server without failing on
a loaded machine."""

import subprocess
from contextlib import contextmanager
from urllib.parse import quote


@contextmanager
def scratch_postgres(settings, name, *, template="template0"):
    """A PostgreSQL database ``name`` (UTF-8, made from ``template``) on the server of ``settings``
    (a Django database dict: HOST, PORT, USER, PASSWORD), dropped afterwards; yields its URL."""
    import psycopg

    server = {
        "host": settings["HOST"] or "127.0.0.1",
        "port": settings["PORT"] or 5432,
        "user": settings["USER"],
        "password": settings["PASSWORD"],
    }

    def admin(statement):
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
            connection.execute(statement)

    admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin(f"""CREATE DATABASE "{name}" ENCODING 'UTF8' TEMPLATE "{template}\"""")
    try:
        password = f":{quote(server['password'], safe='')}" if server["password"] else ""
        yield f"postgres://{quote(server['user'], safe='')}{password}@{server['host']}:{server['port']}/{name}"
    finally:
        admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def stop(*processes):
    """Terminate, then wait: gunicorn finishes its workers' requests first, which on a loaded
    machine can take a while; a process still running after a minute is killed."""
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
