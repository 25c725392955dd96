#!/usr/bin/env python3
"""Runs Godwit and Squawk side by side on the same input sets and prints one table.

Each tool is run the same way: one process over all the files of a set, output discarded. Wall time
is the median of --runs runs (after one untimed warm-up run that fills the OS file cache); peak
memory is the largest resident set size of those runs, from wait4(). Called by bench/run.
"""
import argparse
import glob
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd, cwd, env=None):
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, code, err


def measure(cmd, cwd, runs, warmup=1, env=None):
    for _ in range(warmup):
        run_once(cmd, cwd, env)
    walls, rss = [], []
    for _ in range(runs):
        wall, mb, code, err = run_once(cmd, cwd, env)
        if code not in (0, 1):
            sys.exit(f"bench: {' '.join(cmd[:3])}... exited with {code}:\n{err[-2000:]}")
        walls.append(wall)
        rss.append(mb)
    return statistics.median(walls), max(rss), walls


def sql_files(root):
    return sorted(p for p in glob.glob(os.path.join(root, "**", "*.sql"), recursive=True) if os.path.isfile(p))


def godwit_count(godwit, root, cwd):
    """Statements Godwit read, from its --stats line."""
    p = subprocess.run(godwit + ["check", root, "--fail-on", "never", "--stats"], cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.search(r"stats: \d+ scripts, \d+ unreadable files, (\d+) statements", p.stderr)
    return int(m.group(1)) if m else None


def fmt_row(cells, widths):
    return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"


def table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    lines = [fmt_row(header, widths), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [fmt_row(r, widths) for r in rows]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--godwit", required=True, help="the godwit launcher")
    ap.add_argument("--squawk", required=True, help="the squawk binary")
    ap.add_argument("--corpus", help="a directory of real migrations (its .sql files are used)")
    ap.add_argument("--work", required=True, help="scratch directory for generated corpora")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="1250:25000,2500:50000,5000:100000,10000:200000",
                    help="generated corpora, FILES:STATEMENTS,...")
    args = ap.parse_args()

    godwit = [os.path.abspath(args.godwit)]
    squawk = os.path.abspath(args.squawk)
    cwd = tempfile.mkdtemp(prefix="godwit-bench-")  # neutral directory: no config file is picked up
    here = os.path.dirname(os.path.abspath(__file__))

    sets = []
    if args.corpus and os.path.isdir(args.corpus):
        sets.append(("shared corpus", os.path.abspath(args.corpus), None))
    for spec in args.sizes.split(","):
        files, stmts = (int(x) for x in spec.split(":"))
        d = os.path.join(os.path.abspath(args.work), f"gen-{files}-{stmts}")
        if not os.path.isdir(d):
            subprocess.run([sys.executable, os.path.join(here, "gen_corpus.py"), d, str(files), str(stmts)],
                           check=True, stdout=subprocess.DEVNULL)
        sets.append((f"generated {files // 1000 if files >= 1000 else files}{'k' if files >= 1000 else ''} files",
                     d, stmts))

    rows = []
    scaling = []
    for name, root, stmts in sets:
        files = sql_files(root)
        n_stmts = godwit_count(godwit, root, cwd) or stmts
        # Squawk takes file arguments; hand it the same .sql files Godwit finds under the directory
        g_cmd = godwit + ["check", root, "--fail-on", "never"]
        s_cmd = [squawk] + files
        g_wall, g_rss, _ = measure(g_cmd, cwd, args.runs)
        s_wall, s_rss, _ = measure(s_cmd, cwd, args.runs)
        rows.append([name, len(files), n_stmts,
                     f"{g_wall:.2f}", f"{s_wall:.2f}",
                     f"{n_stmts / g_wall:,.0f}", f"{n_stmts / s_wall:,.0f}",
                     f"{g_rss:.0f}", f"{s_rss:.0f}", f"{g_wall / s_wall:.2f}"])
        if stmts:
            scaling.append((n_stmts, g_wall, s_wall))
        print(f"  measured {name}", file=sys.stderr)

    print(table(["input", "files", "statements", "Godwit s", "Squawk s", "Godwit stmt/s", "Squawk stmt/s",
                 "Godwit MB", "Squawk MB", "Godwit/Squawk"], rows))
    print()

    if scaling:
        srows = []
        prev = None
        for n, g, s in scaling:
            srows.append([f"{n:,}", f"{g:.2f}", f"{(g / prev[1]):.2f}x" if prev else "",
                          f"{s:.2f}", f"{(s / prev[2]):.2f}x" if prev else ""])
            prev = (n, g, s)
        print("Scaling (each size doubles the previous):")
        print(table(["statements", "Godwit s", "vs previous", "Squawk s", "vs previous"], srows))
        print()

    # the pre-commit case: one small file, end to end
    small = os.path.join(cwd, "V1__add_index.sql")
    with open(small, "w", encoding="utf-8") as f:
        f.write("-- add the lookup index\nCREATE INDEX orders_customer_idx ON orders (customer_id);\n"
                "ALTER TABLE orders ADD COLUMN note text;\n")
    jar_dir = os.path.join(os.path.dirname(godwit[0]), "target")
    for jsa in glob.glob(os.path.join(jar_dir, "godwit-*.jsa")):
        os.remove(jsa)  # cold: the first run after a build, which writes the start-up archive
    g_cold, g_cold_rss, _, _ = run_once(godwit + ["check", small], cwd)
    g_warm, g_warm_rss, _ = measure(godwit + ["check", small], cwd, max(args.runs, 10))
    env = dict(os.environ, GODWIT_CDS="off")
    g_nocds, _, _ = measure(godwit + ["check", small], cwd, max(args.runs, 10), env=env)
    s_cold, s_cold_rss, _, _ = run_once([squawk, small], cwd)
    s_warm, s_warm_rss, _ = measure([squawk, small], cwd, max(args.runs, 10), warmup=0)
    print("One small file end to end (2 statements):")
    print(table(["tool", "cold s", "warm s (median)", "peak MB"], [
        ["Godwit", f"{g_cold:.2f} (writes the CDS archive)", f"{g_warm:.2f}", f"{g_warm_rss:.0f}"],
        ["Godwit, GODWIT_CDS=off", "", f"{g_nocds:.2f}", ""],
        ["Squawk", f"{s_cold:.2f}", f"{s_warm:.2f}", f"{s_warm_rss:.0f}"],
    ]))
    print()
    java = subprocess.run(["java", "-version"], stderr=subprocess.PIPE, text=True).stderr.splitlines()[0]
    sv = subprocess.run([squawk, "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    print(f"Machine: {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs ({cpu}), "
          f"load average {os.getloadavg()[0]:.1f} at the end; {java}; {sv}; median of {args.runs} runs")
    shutil.rmtree(cwd, ignore_errors=True)


if __name__ == "__main__":
    main()
