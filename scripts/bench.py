"""Paired measurements of Målbild against references on the same machine.

Every row is a set of rounds. In each round the commands of the row run one
after another on the same input files, their order turned around every other
round, so that a change in the machine's load falls on both sides alike. A
row's figure is taken per round (a ratio, or a rate from a difference within
the round) and printed as the median of the rounds with its min and max.
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

BIN, WORK = sys.argv[1], sys.argv[2]
VALUES = int(os.environ.get("BENCH_VALUES", "1000000"))
COMMANDS = int(os.environ.get("BENCH_COMMANDS", "100000"))
PAIRS = int(os.environ.get("BENCH_PAIRS", "10"))
GROWTH = os.environ.get("BENCH_GROWTH", "1") != "0"
os.chdir(WORK)


def fresh(source, copy):
    """A step before a timed run: the workspace copied anew, without a journal."""
    def prep():
        for f in os.listdir("."):
            if f.startswith(copy + ".journal") or f.startswith("." + copy):
                os.remove(f)
        shutil.copy(source, copy)
    return prep


def run(argv, stdin=None, prep=None):
    """Runs one command to its end: (seconds of wall time, peak resident MiB)."""
    if prep:
        prep()
    with open(stdin or os.devnull, "rb") as inp:
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        took = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: {' '.join(argv)} < {stdin} ended with {code}")
    return took, usage.ru_maxrss / 1024


def peak(argv, stdin=None, prep=None):
    """The peak resident MiB of one run, as /usr/bin/time measures it."""
    run(["/usr/bin/time", "-f", "%M", "-o", "peak.txt"] + argv, stdin, prep)
    with open("peak.txt") as f:
        return int(f.read().split()[-1]) / 1024


def rounds(commands, pairs=PAIRS):
    """Runs the commands `pairs` times, alternating their order; one list of (s, MiB) per command."""
    out = [[] for _ in commands]
    for r in range(pairs):
        order = list(range(len(commands)))
        if r % 2:
            order.reverse()
        for i in order:
            out[i].append(run(*commands[i]))
    return out


rows = []
growth = {}  # (what, values) -> median seconds, for the growth rows


def spread(values, fmt):
    return fmt(statistics.median(values)), f"{fmt(min(values))} – {fmt(max(values))}"


def row(name, a, b, ratios, fmt=lambda v: f"{v:.2f}×", aim=""):
    m, s = spread(ratios, fmt)
    rows.append((name, a, b, m, s, aim))
    print(f"  {name}: {m} ({s})", file=sys.stderr, flush=True)


def secs(v):
    return f"{v * 1000:.1f} ms" if v < 1 else f"{v:.2f} s"


def med(xs):
    return statistics.median(xs)


def text(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def rate(n):
    return lambda v: f"{n / v:,.0f}/s" if v > 0 else "∞"


# --- inputs -----------------------------------------------------------------
quit_file = text("quit.txt", ["quit"])
dot_quit = text("dotquit.txt", [".quit"])
subprocess.run([BIN, "--batch", "--demo"], input=b"save demo.json\nquit\n", check=True,
               stdout=subprocess.DEVNULL)
demo = json.load(open("demo.json", encoding="utf-8"))
ids = {}
for g in demo["workspace"]["goals"]:
    if g["number"] in (1, 2, 3, 6) and g.get("indicators"):
        ids[g["number"]] = g["indicators"][0]["id"]


def big(n, path):
    """The demo with n values spread over four indicators, written as Python writes it."""
    doc = json.load(open("demo.json", encoding="utf-8"))
    per = n // len(ids)
    for g in doc["workspace"]["goals"]:
        if g["number"] in ids:
            days = [f"{1900 + i // 336:04d}-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}" for i in range(per)]
            g["indicators"][0]["values"] = {
                "day": days, "total": [float(i % 100) for i in range(per)],
                "women": [float(i % 90) for i in range(per)], "men": [float(i % 80) for i in range(per)]}
    json.dump(doc, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2, sort_keys=True)
    return path


def kolada(n, path):
    kpis = ["N07940", "N03926", "N00999"]
    years = list(range(1970, 2020))
    per_m = len(kpis) * len(years) * 3
    ms = ["0665"] + [f"{i:04d}" for i in range(1, max(1, n // per_m) + 1) if i != 665]
    count = 0
    with open(path, "w") as out:
        out.write('{"values":[')
        first = True
        for m in ms:
            for k in kpis:
                for y in years:
                    v = ((int(m) * 31 + y * 7 + len(k)) % 1000) / 10
                    e = {"kpi": k, "municipality": m, "period": y, "values": [
                        {"gender": "T", "count": 1, "status": "", "value": v},
                        {"gender": "K", "count": 1, "status": "", "value": v + 0.1},
                        {"gender": "M", "count": 1, "status": "", "value": v - 0.1}]}
                    out.write(("" if first else ",") + json.dumps(e))
                    first = False
                    count += 3
        out.write('],"count":0}')
    return count


PY_LOAD = "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))"
PY_DUMP = ("import json,sys; d=json.load(open(sys.argv[1], encoding='utf-8')); "
           "json.dump(d, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False, indent=2, sort_keys=True)")


def open_save(n, path, label):
    """Open, and open + save, of one file against json.load and json.load + json.dump."""
    save = text(f"save-{n}.txt", [f"save out-{n}.json", "quit"])
    cmds = [([BIN, "--batch", path], quit_file),
            (["python3", "-c", PY_LOAD, path], None),
            ([BIN, "--batch", path], save),
            (["python3", "-c", PY_DUMP, path, f"py-{n}.json"], None)]
    r = rounds(cmds)
    mo, po, ms, ps = ([t for t, _ in x] for x in r)
    row(f"open {label}: malbild / json.load", secs(med(mo)), secs(med(po)),
        [a / b for a, b in zip(mo, po)], aim="≤ 1×")
    row(f"save {label} (open+save − open): malbild / json.dump",
        secs(med([a - b for a, b in zip(ms, mo)])), secs(med([a - b for a, b in zip(ps, po)])),
        [(a - b) / (c - d) for a, b, c, d in zip(ms, mo, ps, po)], aim="≤ 1×")
    growth[("open", n)] = med(mo)
    growth[("save", n)] = med([a - b for a, b in zip(ms, mo)])
    # The peak from wait4 counts this process's own size at the fork (Linux keeps the
    # highest mark across exec), so the peak is taken by /usr/bin/time, whose own child
    # starts small: pairs of its own, fewer as each is a full open.
    mm, pm = [], []
    for r_ in range(max(3, PAIRS // 3)):
        pair = [(mm, [BIN, "--batch", path], quit_file), (pm, ["python3", "-c", PY_LOAD, path], None)]
        for into, argv, stdin in (pair if r_ % 2 == 0 else pair[::-1]):
            into.append(peak(argv, stdin))
    row(f"peak memory of open {label} (MiB): malbild / json.load", f"{med(mm):.0f}", f"{med(pm):.0f}",
        [a / b for a, b in zip(mm, pm)], aim="< 300 MB")
    for f in (f"out-{n}.json", f"py-{n}.json"):
        if os.path.exists(f):
            os.remove(f)


def script_lines(n):
    """A script of n commands: goal 6, then edits of five kinds (undo among them)."""
    lines = ["goal 6"]
    for i in range(n - 1):
        k = i % 5
        if k == 0: lines.append(f"set goal {1 + i % 8} status proposed")
        elif k == 1: lines.append(f'note "Anteckning {i} om målet"')
        elif k == 2: lines.append('criteria measurable yes "NII, årligen"')
        elif k == 3: lines.append("undo")
        else: lines.append(f'strategy add "Strategi {i}"')
    return text(f"many-{n}.mal", lines)


def cpu_run(argv, prep, stdin=None):
    """Runs one command to its end: (seconds of wall time, seconds of CPU time, user and system)."""
    prep()
    with open(stdin or os.devnull, "rb") as inp:
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        took = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(argv)} ended with {os.waitstatus_to_exitcode(status)}")
    return took, usage.ru_utime + usage.ru_stime


def script_rate(n, label=""):
    """Commands per second of a script run journaled: the script minus the same run of one command,
    in wall time and (a second row) in CPU time, which a busy machine disturbs less."""
    many = script_lines(n)
    one = text("one.mal", ["goal 6"])
    prep = fresh("demo.json", "script.json")
    commands = [[BIN, "run", many, "--workspace", "script.json"], [BIN, "run", one, "--workspace", "script.json"]]
    out = [[], []]
    for r in range(max(3, PAIRS // 2)):
        for i in ([0, 1] if r % 2 == 0 else [1, 0]):
            out[i].append(cpu_run(commands[i], prep))
    per, per_cpu = [], []
    for (wa, ca), (wb, cb) in zip(*out):
        per.append((wa - wb) / n)
        per_cpu.append((ca - cb) / n)
    for what, each, k in (("wall", per, 0), ("CPU", per_cpu, 1)):
        m, s = spread([1 / v if v > 0 else float("inf") for v in each], lambda v: f"{v:,.0f}/s")
        rows.append((f"{label}{n:,} script commands, journaled ({what} time; commands/s; script − open alone)",
                     secs(med([x[k] for x in out[0]])), secs(med([x[k] for x in out[1]])), m, s, "≥ 100,000/s"))
        print(f"  script {n} ({what}): {m} ({s})", file=sys.stderr, flush=True)
    return per


def reopen_rate(n):
    """Opening with the journal a script of n commands left, against opening without it:
    journal lines read per second, in wall time and in CPU time."""
    many = script_lines(n)
    fresh("demo.json", "reopen.json")()
    run([BIN, "run", many, "--workspace", "reopen.json"])
    shutil.copy("reopen.json.journal", f"journal-{n}.saved")
    lines = sum(1 for _ in open(f"journal-{n}.saved", encoding="utf-8")) - 1
    plain = fresh("demo.json", "reopen.json")

    def with_journal():
        plain()
        shutil.copy(f"journal-{n}.saved", "reopen.json.journal")
    # Opened, then left with "quit": the recovered changes stay in the journal.
    commands = [([BIN, "run", "quit.txt", "--workspace", "reopen.json"], with_journal),
                ([BIN, "run", "quit.txt", "--workspace", "reopen.json"], plain)]
    out = [[], []]
    for r in range(max(3, PAIRS // 2)):
        for i in ([0, 1] if r % 2 == 0 else [1, 0]):
            out[i].append(cpu_run(*commands[i]))
    for what, k in (("wall", 0), ("CPU", 1)):
        rates = [lines / (x[k] - y[k]) if x[k] > y[k] else float("inf") for x, y in zip(*out)]
        m, s = spread(rates, lambda v: f"{v:,.0f}/s")
        rows.append((f"reopen with the journal of {n:,} commands, {lines:,} lines ({what} time; lines/s; with − without)",
                     secs(med([x[k] for x in out[0]])), secs(med([x[k] for x in out[1]])), m, s, "each line read once"))
        print(f"  reopen {n} ({what}): {m} ({s})", file=sys.stderr, flush=True)
    os.remove(f"journal-{n}.saved")


def edit_cost(path_big, label, k=10000):
    """Cost of one command in the same process: a script of k commands minus its open alone."""
    g = min(ids)
    ind = ids[g]
    kinds = {
        "measure + undo": [f"goal {g}"] + [f"measure {ind} 2999-12-31 {i % 50}\nundo" for i in range(k)],
        f"goal {g}": [f"goal {g}" for _ in range(k)],
    }
    for what, lines in kinds.items():
        script = text("edits.mal", lines)
        empty = text("open.mal", [f"goal {g}"])
        pb, pd = fresh(path_big, "edit-big.json"), fresh("demo.json", "edit-demo.json")
        r = rounds([([BIN, "run", script, "--workspace", "edit-big.json"], None, pb),
                    ([BIN, "run", empty, "--workspace", "edit-big.json"], None, pb),
                    ([BIN, "run", script, "--workspace", "edit-demo.json"], None, pd),
                    ([BIN, "run", empty, "--workspace", "edit-demo.json"], None, pd)], pairs=max(3, PAIRS // 2))
        bs, bo, ds, do = ([t for t, _ in x] for x in r)
        big_each = [(x - y) / k for x, y in zip(bs, bo)]
        demo_each = [(x - y) / k for x, y in zip(ds, do)]
        row(f"{what}, one command: {label} / demo", f"{med(big_each) * 1e6:.0f} µs",
            f"{med(demo_each) * 1e6:.0f} µs", [a / b for a, b in zip(big_each, demo_each)], aim="≤ 1.5×")


def import_rate(n, label):
    count = kolada(n, f"kolada-{n}.json")
    imp = text("import.txt", [f"import kolada kolada-{n}.json", "quit"])
    prep = fresh("demo.json", "import.json")
    r = rounds([([BIN, "--batch", "import.json"], imp, prep),
                ([BIN, "--batch", "import.json"], quit_file, prep),
                (["python3", "-c", PY_LOAD, f"kolada-{n}.json"], None)], pairs=max(3, PAIRS // 2))
    a, b, p = ([t for t, _ in x] for x in r)
    growth[("Kolada import", count)] = med([x - y for x, y in zip(a, b)])
    row(f"Kolada import {label} ({count:,} values): malbild / json.load of the file",
        f"{count / med([x - y for x, y in zip(a, b)]):,.0f}/s", secs(med(p)),
        [(x - y) / z for x, y, z in zip(a, b, p)], aim="≥ 1,000,000/s")
    rows[-1] = rows[-1][:5] + (f"≥ 1,000,000/s; peak {peak([BIN, '--batch', 'import.json'], imp, prep):.0f} MiB",)
    os.remove(f"kolada-{n}.json")


# --- rows -------------------------------------------------------------------
ONLY_STORE = os.environ.get("BENCH_ONLY", "") == "store"
if not ONLY_STORE:
    print("bench: start-up", file=sys.stderr)
    r = rounds([(["sh", "-c", f"echo quit | '{BIN}' --batch"], None),
                (["sh", "-c", "echo .quit | sqlite3"], None)], pairs=max(20, PAIRS))
    a, b = ([t for t, _ in x] for x in r)
    row("start and quit, piped: malbild / sqlite3", secs(med(a)), secs(med(b)), [x / y for x, y in zip(a, b)], aim="≤ 2×")
    r = rounds([([BIN, "--batch"], quit_file), (["sqlite3"], dot_quit)], pairs=max(20, PAIRS))
    a, b = ([t for t, _ in x] for x in r)
    row("start and quit, direct: malbild / sqlite3", secs(med(a)), secs(med(b)), [x / y for x, y in zip(a, b)], aim="≤ 2×")

    print("bench: script rate", file=sys.stderr)
    per_command = {COMMANDS: script_rate(COMMANDS)}
    reopen_rate(COMMANDS)

    print(f"bench: {VALUES:,} values", file=sys.stderr)
    path = big(VALUES, "big.json")
    size = os.path.getsize(path) / 2**20
    open_save(VALUES, path, f"{VALUES:,} values ({size:.0f} MiB)")
    edit_cost(path, f"{VALUES:,} values")
    import_rate(VALUES, f"{VALUES:,}")

    if GROWTH:
        print("bench: growth", file=sys.stderr)
        for n in (10_000, 100_000):
            if n < VALUES:
                p = big(n, f"big-{n}.json")
                open_save(n, p, f"{n:,} values")
                import_rate(n, f"{n:,}")
        for n in (10_000, 100_000):
            if n not in per_command:
                per_command[n] = script_rate(n, "growth: ")
        big_each, small_each = per_command[100_000], per_command[10_000]
        row("growth: time per script command, 100,000 / 10,000 commands", f"{med(big_each) * 1e6:.1f} µs",
            f"{med(small_each) * 1e6:.1f} µs", [x / y for x, y in zip(big_each, small_each)], aim="≤ 1× (linear)")
        for what in ("open", "save", "Kolada import"):
            sizes = sorted(n for w, n in growth if w == what)
            if len(sizes) < 2:
                continue
            per = [growth[(what, n)] / n * 1e6 for n in sizes]
            rows.append((f"growth of {what}: µs per value at " + " · ".join(f"{n:,}" for n in sizes),
                         " · ".join(f"{v:.2f}" for v in per), "", f"{per[-1] / per[-2]:.2f}×",
                         f"largest / next: {per[-1] / per[-2]:.2f}×", "linear or better: ≤ 1× per value"))


# --- the shared store on PostgreSQL ---------------------------------------------
STORE_EDITS = int(os.environ.get("BENCH_STORE_EDITS", "5000"))
STORE_STEPS = int(os.environ.get("BENCH_STORE_STEPS", "10000"))
SESSIONS = int(os.environ.get("BENCH_SESSIONS", "20"))
EDITS = int(os.environ.get("BENCH_EDITS", "1000"))
STORE_PAIRS = int(os.environ.get("BENCH_STORE_PAIRS", str(max(3, PAIRS // 2))))


def pg_binaries():
    """The bin folder of the newest PostgreSQL installed (/usr/lib/postgresql/*/bin), or None."""
    base = "/usr/lib/postgresql"
    found = []
    for v in os.listdir(base) if os.path.isdir(base) else []:
        b = os.path.join(base, v, "bin")
        if os.path.exists(os.path.join(b, "initdb")) and os.path.exists(os.path.join(b, "pg_ctl")):
            found.append((tuple(int(x) for x in v.split(".") if x.isdigit()), b))
    return max(found)[1] if found else None


class Server:
    """A throwaway PostgreSQL server: initdb into a temporary folder, pg_ctl on a Unix socket
    there (no TCP port). PostgreSQL refuses to run as root: as root, the folder belongs to
    postgres and initdb and pg_ctl run through runuser."""

    def __init__(self, binaries):
        import tempfile
        self.bin = binaries
        self.folder = tempfile.mkdtemp(prefix="malbild-bench-pg-")
        self.data = os.path.join(self.folder, "data")
        self.started = False
        if os.getuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")

    def server(self, argv):
        cmd = [os.path.join(self.bin, argv[0])] + argv[1:]
        if os.getuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--"] + cmd
        # Output to a file, not a pipe: the server started by pg_ctl keeps its descriptors.
        with open(os.path.join(WORK, "pg-output.txt"), "wb") as out:
            p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} ended with {p.returncode}: "
                               + open(os.path.join(WORK, "pg-output.txt"), encoding="utf-8", errors="replace").read()[-2000:])

    def start(self):
        self.server(["initdb", "--auth=trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "-D", self.data])
        self.started = True
        self.server(["pg_ctl", "-D", self.data, "-l", os.path.join(self.folder, "log"), "-w",
                     "-o", f"-c listen_addresses='' -c unix_socket_directories='{self.folder}'", "start"])
        subprocess.run([os.path.join(self.bin, "createdb"), "-h", self.folder, "-U", "postgres", "bench"],
                       check=True, stdout=subprocess.DEVNULL)

    def stop(self):
        try:
            if self.started:
                self.server(["pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def address(self, workspace, user="postgres"):
        from urllib.parse import quote
        return f"postgresql:///bench?host={quote(self.folder, safe='')}&user={user}&workspace={workspace}"


def must(argv, stdin_text=None):
    """Runs a command that prepares a row; stops the bench with its output when it fails."""
    p = subprocess.run(argv, input=(stdin_text or "").encode(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} ended with {p.returncode}: {p.stdout.decode(errors='replace')[-2000:]}")
    return p.stdout.decode(errors="replace")


def pulled(server, workspace, path):
    """The workspace pulled from the store into a new file, as JSON."""
    if os.path.exists(path):
        os.remove(path)
    must([BIN, "pull", server.address(workspace), path])
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def log_count(doc):
    return len(doc.get("log", doc.get("workspace", {}).get("log", [])))


def ambitions(doc):
    return {g["number"]: g.get("ambition") for g in doc["workspace"]["goals"]}


def store_round_trip(server):
    """Row 1: a script of n `set goal 6 ambition` commands on a store workspace pushed from the
    demo against the same on a file workspace (journaled); per command, minus the run of `quit`."""
    n = STORE_EDITS
    script = text("store-edits.mal", [f'set goal 6 ambition "Ambitionsnivå {i}: fler invånare känner att de kan påverka"'
                                      for i in range(n)] + ["quit"])
    out = {k: [] for k in ("store", "store0", "file", "file0")}
    def pushed(ws):
        return lambda: must([BIN, "push", "demo.json", server.address(ws)])
    for r in range(STORE_PAIRS):
        # Each run on a workspace of its own, just pushed from the demo, as each file run
        # starts from a fresh copy without a journal.
        plain = fresh("demo.json", "edit-file.json")
        runs = [("store", [BIN, server.address(f"edit{r}")], script, pushed(f"edit{r}")),
                ("store0", [BIN, server.address(f"open{r}")], quit_file, pushed(f"open{r}")),
                ("file", [BIN, "edit-file.json"], script, plain),
                ("file0", [BIN, "edit-file.json"], quit_file, plain)]
        for name, argv, inp, prep in (runs if r % 2 == 0 else runs[::-1]):
            out[name].append(cpu_run(argv, prep, inp)[0])
    store_each = [(a - b) / n for a, b in zip(out["store"], out["store0"])]
    file_each = [(a - b) / n for a, b in zip(out["file"], out["file0"])]
    row(f"store: one edit's round trip, {n:,} `set goal 6 ambition` (per command): store / file (journaled)",
        f"{med(store_each) * 1e6:,.0f} µs", f"{med(file_each) * 1e6:,.0f} µs", [a / b for a, b in zip(store_each, file_each)],
        aim="each edit one transaction")


def store_catch_up(server):
    """Row 2: a fresh session opening a store workspace with n steps appended and quitting,
    against opening a file whose journal holds the same n steps."""
    n = STORE_STEPS
    script = text("store-steps.mal", [f'set goal 6 ambition "Steg {i}"' for i in range(n)] + ["quit"])
    must([BIN, "push", "demo.json", server.address("catchup")])
    run([BIN, server.address("catchup")], script)
    fresh("demo.json", "catchup.json")()
    run([BIN, "catchup.json"], script)
    if not os.path.exists("catchup.json.journal"):
        raise RuntimeError("the file run left no journal to reopen")
    shutil.copy("catchup.json.journal", "catchup-journal.saved")

    def with_journal():
        fresh("demo.json", "catchup.json")()
        shutil.copy("catchup-journal.saved", "catchup.json.journal")
    r = rounds([([BIN, server.address("catchup")], quit_file),
                ([BIN, "catchup.json"], quit_file, with_journal)], pairs=STORE_PAIRS)
    a, b = ([t for t, _ in x] for x in r)
    row(f"store: catch-up of {n:,} steps, open and quit: store / file with its journal",
        secs(med(a)), secs(med(b)), [x / y for x, y in zip(a, b)], aim="snapshot + steps after it")
    os.remove("catchup-journal.saved")


def store_concurrent(server):
    """Row 3: SESSIONS sessions at once on one workspace, session k setting goal k's ambition
    EDITS times as its own user; then every session exited 0, the log grew by exactly
    SESSIONS × EDITS, and each goal holds its session's last text. Reference: the same edits
    by one session on a file."""
    s, e = SESSIONS, EDITS
    total = s * e
    if not os.path.exists("goals.json"):
        must([BIN, "--batch"], "\n".join(f'goal add "Mål {k}" --kind steering' for k in range(1, s + 1))
             + "\nsave goals.json\nquit\n")
    scripts = [text(f"session-{k}.mal", [f'set goal {k} ambition "Steg {i} av grupp {k}"' for i in range(1, e + 1)] + ["quit"])
               for k in range(1, s + 1)]
    one = text("one-session.mal", [f'set goal {k} ambition "Steg {i} av grupp {k}"'
                                   for i in range(1, e + 1) for k in range(1, s + 1)] + ["quit"])
    walls, refs, problems = [], [], []
    for r in range(STORE_PAIRS):
        ws = f"many{r}"
        must([BIN, "push", "goals.json", server.address(ws)])
        before = log_count(pulled(server, ws, "before.json"))
        order = ["store", "file"] if r % 2 == 0 else ["file", "store"]
        for side in order:
            if side == "file":
                refs.append(cpu_run([BIN, "one-file.json"], fresh("goals.json", "one-file.json"), one)[0])
                continue
            procs, outs = [], []
            start = time.perf_counter()
            for k in range(1, s + 1):
                o = open(f"session-{k}.out", "wb")
                outs.append(o)
                procs.append(subprocess.Popen([BIN, server.address(ws), "--user", f"grupp{k}"],
                                              stdin=open(scripts[k - 1], "rb"), stdout=o, stderr=subprocess.STDOUT))
            codes = [p.wait() for p in procs]
            walls.append(time.perf_counter() - start)
            for o in outs:
                o.close()
            for k, c in enumerate(codes, 1):
                if c != 0:
                    problems.append(f"round {r}: session {k} exited {c}")
            # What the sessions said beyond their prompts: refusals, conflicts, errors.
            said = {}
            for k in range(1, s + 1):
                for line in open(f"session-{k}.out", encoding="utf-8", errors="replace"):
                    line = line.strip()
                    if line and not line.startswith("Opened ") and not (
                            line.startswith("Goal ") and ": ambition level set (" in line) \
                            and "set the ambition level" not in line:
                        # Grouped by their wording, numbers and quoted texts aside.
                        kind = re.sub(r'"[^"]*"|\d+', "…", line)[:160]
                        said.setdefault(kind, []).append(line)
            for kind, lines in sorted(said.items(), key=lambda x: -len(x[1]))[:10]:
                problems.append(f"round {r}: {len(lines)}× said, e.g. «{lines[0][:600]}»")
        after = pulled(server, ws, "after.json")
        grown = log_count(after) - before
        if grown != total:
            problems.append(f"round {r}: the log grew by {grown:,} entries, not {total:,}")
        got = ambitions(after)
        wrong = [k for k in range(1, s + 1) if got.get(k) != f"Steg {e} av grupp {k}"]
        if wrong:
            problems.append(f"round {r}: goals {wrong[:10]} do not hold their session's last text: "
                            + "; ".join(f"{k}: {got.get(k)!r}" for k in wrong[:3]))
    row(f"store: {s} sessions at once × {e:,} edits ({total:,}), wall time: store / one session on a file",
        secs(med(walls)), secs(med(refs)), [a / b for a, b in zip(walls, refs)], aim="every session ends on one state")
    rows.append((f"store: {s} sessions at once × {e:,} edits, edits/s: store · one session on a file",
                 f"{total / med(walls):,.0f}/s", f"{total / med(refs):,.0f}/s", "", "", ""))
    rows.append((f"store: {s} sessions at once, checks", "FAILED" if problems else "passed", "", "", "",
                 f"each exited 0, log +{total:,}, every goal on its last text"))
    for p in problems:
        print(f"  store concurrency: {p}", file=sys.stderr, flush=True)
    return problems


store_problems = []
pg = pg_binaries()
if os.environ.get("BENCH_STORE", "1") == "0":
    print("bench: store rows skipped (BENCH_STORE=0)", file=sys.stderr)
elif pg is None:
    print("bench: store rows skipped: no PostgreSQL server installed (/usr/lib/postgresql/*/bin/initdb "
          "is missing; scripts/bench installs it with apt-get as root)", file=sys.stderr)
else:
    print(f"bench: shared store (a throwaway server from {pg})", file=sys.stderr)
    server = Server(pg)
    try:
        server.start()
        must([BIN, "store", "init", server.address("bench")])
        store_round_trip(server)
        store_catch_up(server)
        store_problems = store_concurrent(server)
    except (RuntimeError, OSError, subprocess.SubprocessError) as e:
        store_problems = [f"the store rows stopped: {e}"]
        print(f"  {store_problems[0]}", file=sys.stderr, flush=True)
    finally:
        server.stop()

w = max([len(r[0]) for r in rows] + [len("measure")])
print(f"{'measure':<{w}}  {'malbild':>12}  {'reference':>12}  {'median':>14}  {'min – max':>24}  aim")
for name, a, b, m, s, aim in rows:
    print(f"{name:<{w}}  {a:>12}  {b:>12}  {m:>14}  {s:>24}  {aim}")
if store_problems:
    print("bench: the store's rows failed (above)", file=sys.stderr)
    sys.exit(1)
