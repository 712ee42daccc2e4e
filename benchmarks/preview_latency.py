#!/usr/bin/env python3
"""Save-to-image latency of `plotspec preview`, as a page sees it.

Starts `plotspec preview` on temporary copies of the bundled specs, listens to its server-sent events as
the page does, then saves each spec RUNS times (a comment line appended, written in place) and measures
from just before the write to the end of downloading the new figure that the `figure` event announces:
the editor's save to the new image in the page. Then it saves the shared file every bundled spec extends
and measures until all five new figures are downloaded. Prints p50/p95 per spec (milliseconds), and the
server's resident size (Linux /proc) after the first renders and after every save, which should stay flat.

Usage: python3 benchmarks/preview_latency.py [PLOTSPEC] [RUNS] [append|rename]
       (defaults .build-release/release/plotspec, 20, append). `rename` saves as VS Code, JetBrains and vim
       with `backupcopy=no` do: the new text written to a temporary file in the folder, renamed over the spec.
       python3 benchmarks/preview_latency.py --memory SAVES [PLOTSPEC]
The second form saves one heatmap spec SAVES times in a row and prints the resident size every 100 saves.
Only the Python standard library is used.
"""
import glob
import http.client
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def listen(host, port, events):
    """Reads the event stream, putting (arrival time, state) for every `figure` event on `events`."""
    connection = http.client.HTTPConnection(host, port)
    connection.request("GET", "/events")
    response = connection.getresponse()
    kind = None
    while True:
        line = response.fp.readline()
        if not line:
            return
        line = line.decode().rstrip("\n")
        if line.startswith("event: "):
            kind = line[7:]
        elif line.startswith("data: ") and kind == "figure":
            events.put((time.perf_counter(), json.loads(line[6:])))


def fetch(host, port, path):
    connection = http.client.HTTPConnection(host, port)
    connection.request("GET", path)
    body = connection.getresponse().read()
    connection.close()
    return body


def wait_for(events, wanted, host, port, deadline=30):
    """Waits for a good render of each id in `wanted` and downloads its image; returns when the last
    download ended."""
    pending = set(wanted)
    end = time.perf_counter() + deadline
    finished = 0.0
    while pending:
        _, state = events.get(timeout=max(0.01, end - time.perf_counter()))
        if state["id"] in pending and state["hasImage"] and not state["errorCount"]:
            fetch(host, port, f"/figures/{state['id']}/image?v={state['version']}")
            finished = time.perf_counter()
            pending.discard(state["id"])
    return finished


def resident_mb(pid):
    """The process's resident set size in MB (Linux), or None elsewhere."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def memory(saves, plotspec):
    folder = tempfile.mkdtemp(prefix="plotspec-preview-memory-")
    shutil.copytree(os.path.join(REPO, "specs/shared"), os.path.join(folder, "shared"))
    spec = shutil.copy(os.path.join(REPO, "specs/learning_rate_vs_weight_decay_heatmap.yaml"), folder)
    process = subprocess.Popen([plotspec, "preview", spec, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().split(" at ")[1].split()[0]
        host, port = url.split("//")[1].rstrip("/").split(":")
        port = int(port)
        events = queue.Queue()
        threading.Thread(target=listen, args=(host, port, events), daemon=True).start()
        time.sleep(1.5)
        for n in range(saves + 1):
            if n % 100 == 0:
                fetch(host, port, "/figures/0/hover")
                print(f"after {n:5d} saves: {resident_mb(process.pid):.1f} MB resident", flush=True)
            if n < saves:
                with open(spec, "a") as f:
                    f.write(f"\n# benchmark edit {n}\n")
                wait_for(events, {0}, host, port)
                time.sleep(0.06)
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--memory":
        default = os.path.join(REPO, ".build-release/release/plotspec")
        return memory(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else default)
    plotspec = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".build-release/release/plotspec")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    style = sys.argv[3] if len(sys.argv) > 3 else "append"
    if style not in ("append", "rename"):
        sys.exit(f"unknown save style {style!r}: append or rename")
    folder = tempfile.mkdtemp(prefix="plotspec-preview-bench-")
    shutil.copytree(os.path.join(REPO, "specs/shared"), os.path.join(folder, "shared"))
    specs = []
    for spec in sorted(glob.glob(os.path.join(REPO, "specs/*.yaml"))):
        specs.append(shutil.copy(spec, folder))
    process = subprocess.Popen([plotspec, "preview", *specs, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        url = process.stdout.readline().split(" at ")[1].split()[0]
        host, port = url.split("//")[1].rstrip("/").split(":")
        port = int(port)
        events = queue.Queue()
        threading.Thread(target=listen, args=(host, port, events), daemon=True).start()
        time.sleep(0.3)
        # The first renders (they may have happened before we listened): wait until every figure exists.
        while not all(s["hasImage"] for s in json.loads(fetch(host, port, "/figures"))):
            time.sleep(0.05)
        time.sleep(0.3)
        while not events.empty():
            events.get()
        # Every hover document once, as a page that hovers each figure would.
        for index in range(len(specs)):
            fetch(host, port, f"/figures/{index}/hover")
        rss_start = resident_mb(process.pid)

        def save(path, n):
            if style == "append":
                with open(path, "a") as f:
                    f.write(f"\n# benchmark edit {n}\n")
                return
            with open(path) as f:
                text = f.read()
            temporary = path + f".tmp-{n}"
            with open(temporary, "w") as f:
                f.write(text + f"\n# benchmark edit {n}\n")
            os.replace(temporary, path)

        results = {}
        for index, spec in enumerate(specs):
            times = []
            for n in range(runs):
                start = time.perf_counter()
                save(spec, n)
                times.append((wait_for(events, {index}, host, port) - start) * 1000)
                time.sleep(0.15)
            results[os.path.basename(spec)] = times
        shared = os.path.join(folder, "shared/landscape.yaml")
        times = []
        for n in range(runs):
            start = time.perf_counter()
            save(shared, n)
            times.append((wait_for(events, set(range(len(specs))), host, port) - start) * 1000)
            time.sleep(0.3)
        results["shared/landscape.yaml (all five)"] = times
        for index in range(len(specs)):
            fetch(host, port, f"/figures/{index}/hover")
        rss_end = resident_mb(process.pid)
        print(f"save ({style}) to new image downloaded, {runs} saves each, ms")
        print(f"{'saved file':<48} {'p50':>7} {'p95':>7} {'max':>7}")
        for name, values in results.items():
            print(f"{name:<48} {statistics.median(values):7.0f} {percentile(values, 95):7.0f} {max(values):7.0f}")
        if rss_start is not None and rss_end is not None:
            saves = runs * (len(specs) + 1)
            print(f"resident size: {rss_start:.1f} MB after the first renders, {rss_end:.1f} MB after {saves} saves")
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
