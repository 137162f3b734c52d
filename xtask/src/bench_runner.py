"""Times benchmark programs under Terrarium and CPython, interleaved, by child CPU time.

Usage: bench_runner.py TERRARIUM CPYTHON RUNS FILE...
Each program runs RUNS times under each interpreter (alternating, so machine noise hits both
alike); the CPU time (user + system) of each run comes from wait4. Prints one row per program
with the medians and the ratio Terrarium / CPython, then the geometric mean of the ratios.
Exits 1 if any program fails or prints something different under the two interpreters.
"""

import math
import os
import statistics
import subprocess
import sys


def cpu_run(argv):
    """Runs argv; returns (cpu seconds, exit status, stdout bytes)."""
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = proc.stdout.read()
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace")[-2000:])
    return usage.ru_utime + usage.ru_stime, proc.returncode, out


def main():
    terrarium, cpython, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    files = sys.argv[4:]
    width = max([len(os.path.basename(f)) for f in files] + [7])
    print(f"{'program':<{width}}  {'CPython s':>9}  {'Terrarium s':>11}  {'ratio':>6}")
    ratios = []
    failed = []
    for path in files:
        name = os.path.basename(path)
        times = {"t": [], "c": []}
        outputs = {}
        ok = True
        for _ in range(runs):
            for key, argv in (("c", [cpython, "-S", path]), ("t", [terrarium, path])):
                cpu, code, out = cpu_run(argv)
                if code != 0:
                    ok = False
                times[key].append(cpu)
                outputs.setdefault(key, out)
        if not ok:
            failed.append(f"{name}: exited with an error")
            print(f"{name:<{width}}  failed")
            continue
        if outputs["t"] != outputs["c"]:
            failed.append(f"{name}: output differs from CPython")
            print(f"{name:<{width}}  output differs from CPython")
            continue
        c = statistics.median(times["c"])
        t = statistics.median(times["t"])
        ratio = t / c if c > 0 else float("inf")
        ratios.append(ratio)
        print(f"{name:<{width}}  {c:9.3f}  {t:11.3f}  {ratio:6.2f}")
    if ratios:
        geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"geometric mean of {len(ratios)} ratios (Terrarium / CPython, CPU time, median of {runs}): {geomean:.2f}")
    for f in failed:
        print(f"bench: {f}")
    sys.exit(1 if failed else 0)


main()
