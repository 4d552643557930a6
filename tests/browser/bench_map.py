"""How long the map page takes to show its clusters in headless Chromium; prints figures, asserts nothing.

Run against a running Newsmap (fill it first, e.g. `manage.py seed_demo --claims 20000`):

    .venv/bin/python -m tests.browser.bench_map --url http://127.0.0.1:8000/ --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import time

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


# Read from the browser's resource timing: a 10 MB body is gone from the inspector's cache by the time
# Playwright would ask for it.
GEOJSON_BYTES = """() => performance.getEntriesByType("resource")
  .filter((entry) => entry.name.includes("claims.geojson"))
  .reduce((sum, entry) => sum + entry.decodedBodySize, 0)"""


def measure(*, url: str, repeat: int = 3, timeout_ms: int = 120_000) -> dict:
    runs = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for _ in range(repeat):
            context = browser.new_context(viewport={"width": 1500, "height": 950})
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("body[data-loading='false']", timeout=timeout_ms)
            page.wait_for_selector(".marker-cluster, .leaflet-interactive", timeout=timeout_ms)
            seconds = time.perf_counter() - started
            runs.append(
                {
                    "seconds": seconds,
                    "claims": int(page.text_content("#claim-count") or 0),
                    "markers": page.evaluate("window.newsmapMap.markerCount()"),
                    "geojson_bytes": page.evaluate(GEOJSON_BYTES),
                    **page.evaluate("window.newsmapMap.timings()"),
                }
            )
            context.close()
        browser.close()
    times = [run["seconds"] for run in runs]
    return {
        "url": url,
        "claims": runs[-1]["claims"],
        "markers": runs[-1]["markers"],
        "geojson_megabytes": round(runs[-1]["geojson_bytes"] / 1e6, 2),
        "runs": len(runs),
        "seconds_to_clusters_median": round(statistics.median(times), 3),
        "seconds_to_clusters_max": round(max(times), 3),
        "requests_ms_median": statistics.median(run["fetch_ms"] for run in runs),
        "drawing_ms_median": statistics.median(run["render_ms"] for run in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000/")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    for key, value in measure(url=options.url, repeat=options.repeat).items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
