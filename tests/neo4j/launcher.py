"""Build and run the test suite's Neo4j 5 server: the Java launcher beside this file
(`pom.xml` + `src/main/java/chidao/Main.java`, jars in `target/`, built with Maven).

By hand (benchmarks): `python -m tests.neo4j.launcher HOME [--pagecache-mib 512]` builds it,
starts a server in the empty folder HOME, prints the NEO4J_* exports and runs until Ctrl-C.
There the JVM gets the full JIT and G1 (the tests' options favour start-up time)."""

from __future__ import annotations

import argparse
import fcntl
import os
import secrets
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "target"
JAR = TARGET / "launcher.jar"
SOURCES = (HERE / "pom.xml", HERE / "src" / "main" / "java" / "chidao" / "Main.java")
BUILD_TIMEOUT_S = 900.0  # the first build downloads ~125 MB of jars from Maven Central
START_TIMEOUT_S = 240.0
JVM_OPTS = [
    "-Xms256m", "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
    "-XX:-OmitStackTraceInFastThrow", "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
]
ENABLE = ("install OpenJDK 17 and Maven (apt-get install openjdk-17-jdk-headless maven) "
          "or set NEO4J_URI")


class LauncherError(RuntimeError):
    """The launcher could not be built or the server did not come up (one line)."""


@dataclass
class Neo4jServer:
    uri: str
    user: str
    password: str
    home: Path
    proc: subprocess.Popen[bytes]


def missing_tools() -> str | None:
    """Why the launcher cannot run here (None when `java` and `mvn` are on PATH)."""
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    return f"{' and '.join(missing)} not found" if missing else None


def _built() -> bool:
    lib = TARGET / "lib"
    if not JAR.exists() or not lib.is_dir() or not any(lib.glob("neo4j-5.*.jar")):
        return False
    return JAR.stat().st_mtime >= max(src.stat().st_mtime for src in SOURCES)


def build() -> None:
    """`mvn package` (compiles Main.java, copies the jars to target/lib) unless up to date;
    one build at a time across processes."""
    TARGET.mkdir(exist_ok=True)
    with open(TARGET / ".build.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _built():
            return
        cmd = ["mvn", "-q", "-B", "-f", str(HERE / "pom.xml"), "package"]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise LauncherError(f"{' '.join(cmd)} took over {BUILD_TIMEOUT_S:.0f}s") from exc
        if out.returncode != 0 or not _built():
            tail = " | ".join((out.stdout + out.stderr).strip().splitlines()[-3:])[-400:]
            raise LauncherError(f"building the Neo4j launcher failed ({' '.join(cmd)}): {tail}")


def start(home: Path, jvm_opts: list[str] | None = None) -> Neo4jServer:
    """Start Neo4j in the empty folder `home` on a free loopback port; waits for Bolt."""
    password = secrets.token_urlsafe(18)
    classpath = f"{JAR}{os.pathsep}{TARGET / 'lib' / '*'}"
    cmd = ["java", *(JVM_OPTS if jvm_opts is None else jvm_opts), "-cp", classpath,
           "chidao.Main", str(home / "dbms"), "0", "--watch-stdin"]
    env = dict(os.environ, NEO4J_PASSWORD=password)
    with open(home / "launcher.out", "wb") as log:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
                                env=env, cwd=home)
    server = Neo4jServer(_wait_ready(proc, home), "neo4j", password, home, proc)
    return server


def _wait_ready(proc: subprocess.Popen[bytes], home: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        for line in (home / "launcher.out").read_text(errors="replace").splitlines():
            if line.startswith("NEO4J READY "):
                return line.split()[-1]
        if proc.poll() is not None:
            raise LauncherError(f"Neo4j exited at start-up (rc {proc.returncode}): {_last(home)}")
        time.sleep(0.2)
    stop_process(proc)
    raise LauncherError(f"Neo4j did not open Bolt in {START_TIMEOUT_S:.0f}s: {_last(home)}")


def _last(home: Path) -> str:
    lines: list[str] = []
    for name in ("launcher.out", "dbms/logs/debug.log"):
        path = home / name
        if path.exists():
            lines += [ln for ln in path.read_text(errors="replace").splitlines() if ln.strip()]
    errors = [ln for ln in lines if "ERROR" in ln or "Exception" in ln]
    return (errors or lines or ["no output"])[-1][:300]


def stop_process(proc: subprocess.Popen[bytes]) -> None:
    """Kill the JVM (the store is throwaway: a clean shutdown takes ~14 s) and reap it."""
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)
    if proc.stdin is not None:
        proc.stdin.close()


def bench_jvm_opts(heap: str, pagecache_mib: int) -> list[str]:
    """The tests' options without the start-up ones (C1 only, serial GC), with `heap` and the
    page cache size."""
    quick = ("-Xms", "-Xmx", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel")
    kept = [o for o in JVM_OPTS if not o.startswith(quick)]
    return [f"-Xms{heap}", f"-Xmx{heap}", f"-Dchidao.pagecache.mib={pagecache_mib}", *kept]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="A Neo4j 5 server from the tests' launcher.")
    parser.add_argument("home", type=Path, help="an empty folder for the store")
    parser.add_argument("--heap", default="1g")
    parser.add_argument("--pagecache-mib", type=int, default=512)
    args = parser.parse_args(argv)
    args.home.mkdir(parents=True, exist_ok=True)
    build()
    srv = start(args.home, bench_jvm_opts(args.heap, args.pagecache_mib))
    print(f"export CHIDAO_STORE=neo4j NEO4J_URI={srv.uri} NEO4J_USER={srv.user} "
          f"NEO4J_PASSWORD={srv.password}", flush=True)
    try:
        srv.proc.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop_process(srv.proc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
