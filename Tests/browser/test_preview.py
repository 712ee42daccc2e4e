#!/usr/bin/env python3
"""End-to-end test of `plotspec preview` in a real browser (headless Chromium driven by Selenium).

Starts the preview on a temporary copy of a bundled heatmap spec, then: waits for the figure; edits the
spec and waits for the page to swap the image; breaks the spec and reads the overlay's file:line:col;
fixes it and sees the overlay go; hovers a heatmap cell and checks the tooltip's values against
`plotspec data`; then hovers a surface cell (checked the same way), drags the surface, reads the camera
lines the page shows and hovers a cell of the turned view; then hovers cells of a binned estimate, a point of a slice curve and importance bars. Usage: test_preview.py PATH/TO/plotspec   (run by scripts/test.sh; needs chromium,
chromium-driver and selenium, installed by .ci/run).
"""
import contextlib
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPEC = "learning_rate_vs_weight_decay_heatmap.yaml"
SURFACE = "architecture_search_surface.yaml"
ESTIMATE = "estimate_from_trials.yaml"
SLICES = "lr_slices.yaml"
TIMEOUT = 30


def start_preview(plotspec, spec):
    process = subprocess.Popen([plotspec, "preview", spec, "--port", "0"], stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    if " at http://" not in line:
        process.kill()
        sys.exit(f"preview did not print its URL: {line!r}")
    return process, line.split(" at ")[1].split()[0]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1300,1100"):
        options.add_argument(argument)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def card_state(driver):
    return driver.execute_script(
        """const c = document.querySelector('.card');
           if (!c) return null;
           const e = c.querySelector('pre.errors');
           return {shown: c.dataset.shown || null, version: c.dataset.version || null,
                   src: c.querySelector('img').getAttribute('src'), broken: c.classList.contains('broken'),
                   errors: e.hidden ? null : e.textContent};""")


def wait(driver, what, condition):
    try:
        def met(d):
            state = card_state(d)
            return state if state and condition(state) else None
        return WebDriverWait(driver, TIMEOUT, poll_frequency=0.05).until(met)
    except Exception:
        sys.exit(f"timed out waiting for {what}; card: {card_state(driver)}")


def hover_cell(driver, url, i, j):
    """Moves the pointer to the centre of heatmap cell (i, j) (j = 0 at the bottom) and returns the
    tooltip's lines as a dict, with the data values of the cell's centre for checking."""
    hover = json.load(urllib.request.urlopen(url + "figures/0/hover"))
    frame = hover["frames"][0]
    x, y, w, h = frame["rect"]
    px = x + (i + 0.5) * w / frame["columns"]
    py = y + h - (j + 0.5) * h / frame["rows"]
    img = driver.find_element(By.CSS_SELECTOR, ".card img")
    size = driver.execute_script(
        "const i = arguments[0]; return [i.clientWidth, i.clientHeight, i.naturalWidth, i.naturalHeight];", img)
    scale = size[0] / size[2]
    # Selenium 4 offsets are from the element's centre.
    ActionChains(driver).move_to_element_with_offset(
        img, int(px * scale - size[0] / 2), int(py * scale - size[1] / 2)).perform()
    tooltip = WebDriverWait(driver, TIMEOUT).until(
        lambda d: d.find_element(By.ID, "tooltip") if d.find_element(By.ID, "tooltip").is_displayed() else None)
    lines = dict(line.split(": ", 1) for line in tooltip.text.splitlines())
    return lines, frame


def main():
    plotspec = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".build/debug/plotspec"))
    folder = tempfile.mkdtemp(prefix="plotspec-browser-")
    process = driver = None
    started = time.monotonic()
    try:
        shutil.copytree(os.path.join(REPO, "specs/shared"), os.path.join(folder, "shared"))
        spec = os.path.join(folder, SPEC)
        shutil.copy(os.path.join(REPO, "specs", SPEC), spec)
        with open(spec) as f:
            original = f.read()
        process, url = start_preview(plotspec, spec)
        driver = browser()
        driver.get(url)
        first = wait(driver, "the first figure", lambda s: s["shown"] == "1")
        if os.environ.get("PREVIEW_SCREENSHOT"):
            driver.save_screenshot(os.environ["PREVIEW_SCREENSHOT"])

        # An edit on disk swaps the image without a reload.
        with open(spec, "w") as f:
            f.write(original.replace("colormap: magma", "colormap: viridis"))
        edited = wait(driver, "the edited figure", lambda s: s["shown"] == "2" and not s["broken"])
        assert edited["src"] != first["src"], (first, edited)

        # A typo: the overlay shows the diagnostic located in the spec, as the terminal prints it.
        with open(spec, "w") as f:
            f.write(original.replace("colormap: magma", "colormapp: magma"))
        broken = wait(driver, "the error overlay", lambda s: s["broken"] and s["errors"])
        expected = subprocess.run([plotspec, "validate", "--no-color", spec], capture_output=True, text=True).stderr
        assert f"{spec}:21:5: error:" in broken["errors"], broken["errors"]
        assert "did you mean 'colormap'" in broken["errors"], broken["errors"]
        assert broken["errors"].strip() in expected, (broken["errors"], expected)
        assert broken["src"] == edited["src"], "the last good figure stays under the overlay"

        # Fixed: the overlay goes.
        with open(spec, "w") as f:
            f.write(original)
        wait(driver, "the overlay to go", lambda s: not s["broken"] and s["errors"] is None and s["shown"] == "4")

        # Hover a heatmap cell: the tooltip's values are a row of `plotspec data`, in the hovered cell.
        data = json.loads(subprocess.run(
            [plotspec, "data", spec, "--format", "json"], capture_output=True, text=True, check=True).stdout)
        lines, frame = hover_cell(driver, url, 17, 52)
        shown = {key: float(value) for key, value in lines.items()}
        matches = [row for row in data if all(math.isclose(float(row[k]), shown[k], rel_tol=1e-12) for k in shown)]
        assert len(matches) == 1, (lines, len(matches))
        for axis, index, count in (("x", 17, frame["columns"]), ("y", 52, frame["rows"])):
            name = hover_names(url)[frame[axis]["parameter"]]
            lo, hi = frame[axis]["domain"]
            t = (math.log(shown[name]) - math.log(lo)) / (math.log(hi) - math.log(lo))
            assert index <= t * count <= index + 1, (name, shown[name], t * count, index)
        print("hovered:", lines)
        check_surface_drag(plotspec, folder)
        check_estimate_hover(plotspec, driver, folder)
        check_slice_hover(plotspec, driver, folder)
        check_importance_hover(plotspec, driver, folder)
        print(f"browser test passed in {time.monotonic() - started:.1f} s")
    finally:
        if driver:
            driver.quit()
        if process:
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


def check_surface_drag(plotspec, folder):
    """Hovers the bundled surface, drags it and hovers the new view: the page asks the server for the
    view, shows it, shows the camera lines to paste into the spec (elevation from vertical movement,
    azimuth from horizontal), and reads values off the turned surface."""
    spec = os.path.join(folder, SURFACE)
    shutil.copy(os.path.join(REPO, "specs", SURFACE), spec)
    data = json.loads(subprocess.run(
        [plotspec, "data", spec, "--format", "json"], capture_output=True, text=True, check=True).stdout)
    process, url = start_preview(plotspec, spec)
    driver = browser()
    try:
        driver.get(url)
        wait(driver, "the surface", lambda s: s["shown"] == "1")
        hover = json.load(urllib.request.urlopen(url + "figures/0/hover"))
        camera = hover["camera"]
        img = driver.find_element(By.CSS_SELECTOR, ".card img")
        WebDriverWait(driver, TIMEOUT).until(lambda d: "turnable" in img.get_attribute("class"))
        print("hovered the surface:", check_surface_hover(driver, img, hover, data))
        ActionChains(driver).move_to_element(img).click_and_hold().move_by_offset(120, 20).release().perform()
        elevation, azimuth = round(camera["elevation"] + 20 * 0.4), round(camera["azimuth"] - 120 * 0.5)
        expected = f"elevation: {elevation}\nazimuth: {azimuth}"
        lines = WebDriverWait(driver, TIMEOUT).until(
            lambda d: d.execute_script("const c = document.querySelector('pre.camera');"
                                       "return c.hidden ? null : c.textContent;"))
        assert lines == expected, (lines, expected)
        WebDriverWait(driver, TIMEOUT).until(lambda d: "/view?elevation=" in img.get_attribute("src"))
        print("turned:", lines.replace("\n", ", "))
        view = f"figures/0/view/hover?elevation={elevation}&azimuth={azimuth}"
        print("hovered the turned surface:", check_surface_hover(driver, img, json.load(urllib.request.urlopen(url + view)), data))
    finally:
        driver.quit()
        process.terminate()
        process.wait(timeout=10)


def check_surface_hover(driver, img, hover, data):
    """Points inside the quad painted last (nothing covers it), near one of its corners, and checks that
    the tooltip shows that grid point's row of `plotspec data`: the i-th depth, the j-th width and its
    score."""
    frame = next(f for f in hover["frames"] if f["kind"] == "surface")
    columns, vertices = frame["columns"], frame["vertices"]
    q = frame["quads"][-1]
    i, j = q % (columns - 1), q // (columns - 1)
    corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
    points = [(vertices[2 * (b * columns + a)], vertices[2 * (b * columns + a) + 1]) for a, b in corners]
    cx, cy = sum(p[0] for p in points) / 4, sum(p[1] for p in points) / 4
    # Each corner in turn, a third of the way to the quad's centre, until one is far enough from the others
    # for the pointer's rounding to whole CSS pixels not to matter.
    size = driver.execute_script(
        "const i = arguments[0]; return [i.clientWidth, i.clientHeight, i.naturalWidth, i.naturalHeight];", img)
    scale = size[0] / size[2]
    (a, b), (px, py) = max(
        ((corner, (p[0] + (cx - p[0]) / 3, p[1] + (cy - p[1]) / 3)) for corner, p in zip(corners, points)),
        key=lambda c: min(math.dist(c[1], p) for p in points if p != points[corners.index(c[0])]))
    ActionChains(driver).move_to_element_with_offset(
        img, round(px * scale - size[0] / 2), round(py * scale - size[1] / 2)).perform()
    names = hover["parameters"]
    depths = sorted({row[names[frame["x"]["parameter"]]] for row in data})
    widths = sorted({row[names[frame["y"]["parameter"]]] for row in data})
    want = next(row for row in data
                if row[names[frame["x"]["parameter"]]] == depths[a] and row[names[frame["y"]["parameter"]]] == widths[b])
    expected = {key: value if isinstance(value, str) else float(value)
                for key, value in want.items() if key in names + ["score", "true_score"]}

    def shown(d):
        tooltip = d.find_element(By.ID, "tooltip")
        if not tooltip.is_displayed():
            return None
        lines = dict(line.split(": ", 1) for line in tooltip.text.splitlines() if ": " in line)
        values = {key: text if isinstance(expected.get(key), str) else float(text) for key, text in lines.items()}
        return values if values == expected else None
    try:
        return WebDriverWait(driver, TIMEOUT, poll_frequency=0.05).until(shown)
    except Exception:
        sys.exit(f"the tooltip did not show grid point ({a}, {b}) = {expected}: "
                 f"{driver.find_element(By.ID, 'tooltip').text!r}")


@contextlib.contextmanager
def previewed(plotspec, driver, spec, what):
    """Serves `spec` alone and opens it in `driver`; yields its hover data, image element and the image's
    scale (page pixels per image pixel)."""
    process, url = start_preview(plotspec, spec)
    try:
        driver.get(url)
        wait(driver, what, lambda s: s["shown"] == "1")
        hover = json.load(urllib.request.urlopen(url + "figures/0/hover"))
        img = driver.find_element(By.CSS_SELECTOR, ".card img")
        yield hover, img, driver.execute_script("return arguments[0].clientWidth / arguments[0].naturalWidth;", img)
    finally:
        process.terminate()
        process.wait(timeout=10)


def point_at(driver, img, scale, px, py):
    """Moves the pointer to image pixel (px, py) (Selenium 4 offsets are from the element's centre)."""
    ActionChains(driver).move_to_element_with_offset(
        img, round(px * scale - img.size["width"] / 2), round(py * scale - img.size["height"] / 2)).perform()


def tooltip_shows(driver, what, accept):
    """Waits until the tooltip's lines (a dict, without the panel's name) satisfy `accept`, which returns
    what to print or None; exits with the tooltip's text if they never do."""
    def shown(d):
        tooltip = d.find_element(By.ID, "tooltip")
        if not tooltip.is_displayed():
            return None
        lines = dict(line.split(": ", 1) for line in tooltip.text.splitlines() if ": " in line)
        lines.pop("panel", None)
        return accept(lines)
    try:
        print(f"hovered {what}:", WebDriverWait(driver, TIMEOUT, poll_frequency=0.05).until(shown))
    except Exception:
        sys.exit(f"the tooltip did not show {what}: {driver.find_element(By.ID, 'tooltip').text!r}")


def equal_to(expected):
    """An `accept` for `tooltip_shows`: the lines, numbers compared as numbers, equal `expected`."""
    def accept(lines):
        values = {key: text if isinstance(expected.get(key), str) else float(text) for key, text in lines.items()}
        return values if values == expected else None
    return accept


def copy_example(folder, name):
    os.makedirs(os.path.join(folder, "examples"), exist_ok=True)
    return shutil.copy(os.path.join(REPO, "specs/examples", name), os.path.join(folder, "examples", name))


def check_estimate_hover(plotspec, driver, folder):
    """Hovers the binned-mean panel of the gallery's estimate example: a cell with trials shows its
    centre's two values, the mean and the trial count that `plotspec data --estimate` prints for that
    cell; a cell with too few trials shows "no data"."""
    spec = copy_example(folder, ESTIMATE)
    printed = [row for row in json.loads(subprocess.run(
        [plotspec, "data", "--estimate", "--format", "json", spec], capture_output=True, text=True, check=True).stdout)
        if row["panel"] == "binned"]
    with previewed(plotspec, driver, spec, "the estimate figure") as (hover, img, scale):
        frame = next(f for f in hover["frames"] if f.get("estimate", {}).get("method") == "binned")
        estimate, columns = frame["estimate"], frame["columns"]
        names = hover["parameters"]
        x_name, y_name = names[frame["x"]["parameter"]], names[frame["y"]["parameter"]]
        full = max(range(len(estimate["count"])), key=lambda k: estimate["count"][k])
        missing = [k for k, mean in enumerate(estimate["mean"]) if mean is None]
        for k in [full] + missing[:1]:
            i, j = k % columns, k // columns
            x, y, w, h = frame["rect"]
            point_at(driver, img, scale, x + (i + 0.5) * w / columns, y + h - (j + 0.5) * h / frame["rows"])
            row = printed[k]
            tooltip_shows(driver, f"estimate cell ({i}, {j})", equal_to({
                x_name: row[x_name], y_name: row[y_name],
                "estimate (binned mean)": "no data" if row["estimate"] is None else row["estimate"],
                "trials in cell": row["trials"]}))


def check_slice_hover(plotspec, driver, folder):
    """Hovers the best point of the middle curve of the gallery's learning-rate slices: the tooltip shows
    that point's learning rate, the curve's held batch size, its noise-free score and noise σ."""
    with previewed(plotspec, driver, copy_example(folder, SLICES), "the slices") as (hover, img, scale):
        frame = next(f for f in hover["frames"] if f["kind"] == "slice")
        curve = frame["curves"][1]
        k = max(range(len(curve["values"])), key=lambda n: curve["values"][n])
        point_at(driver, img, scale, curve["points"][2 * k], curve["points"][2 * k + 1])
        names = hover["parameters"]
        tooltip_shows(driver, f"slice point {k}", equal_to({
            names[frame["x"]["parameter"]]: curve["xs"][k], names[frame["series"]]: curve["held"],
            "score (noise-free)": curve["values"][k], "noise σ": curve["sigma"][k]}))


def check_importance_hover(plotspec, driver, folder):
    """Hovers each importance bar's row, right of the bar: the tooltip names the bar's parameter (or the
    interactions) and its share, as the hover data holds them."""
    spec = os.path.join(folder, "importance.yaml")
    with open(spec, "w") as f:
        f.write("extends: shared/landscape.yaml\n"
                "figure: {title: Importance, size: [6, 4], dpi: 100, output: importance.png}\n"
                "sampling: {trials: {count: 10}}\n"
                "plot: {importance: {parameters: [learning_rate, weight_decay], nodes: 24}}\n")
    with previewed(plotspec, driver, spec, "the importance bars") as (hover, img, scale):
        frame = next(f for f in hover["frames"] if f["kind"] == "bars")
        assert len(frame["bars"]) == 3, frame["bars"]
        for bar in frame["bars"]:
            x, y, w, h = bar["band"]
            point_at(driver, img, scale, x + 0.9 * w, y + h / 2)
            name = "interactions" if bar["parameter"] is None else hover["parameters"][bar["parameter"]]
            share = 100 * bar["share"]

            def accept(lines):
                shown = lines.get("share of the variance", "").removesuffix(" %")
                return lines if lines.get("bar") == name and shown and math.isclose(float(shown), share, rel_tol=1e-3) else None
            tooltip_shows(driver, f"bar {name} at {share:.4g} %", accept)


def hover_names(url):
    return json.load(urllib.request.urlopen(url + "figures/0/hover"))["parameters"]


if __name__ == "__main__":
    main()
