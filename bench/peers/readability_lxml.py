"""Runs readability-lxml (Debian's python3-readability) over saved pages for Marsad's bench.

Usage: python3 readability_lxml.py LIST_FILE  -- LIST_FILE has one "path<TAB>url" per line (.html or .html.gz);
prints one JSON line per page: {"path", "title", "text", "ms", "error"}.
"""
import gzip
import json
import sys
import time

import lxml.html
from readability import Document


def main(list_file):
    with open(list_file, encoding="utf-8") as f:
        entries = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for entry in entries:
        path = entry[0]
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rb") as f:
            html = f.read().decode("utf-8", errors="replace")
        out = {"path": path}
        t0 = time.perf_counter()
        try:
            doc = Document(html)
            summary = doc.summary(html_partial=True)
            out["title"] = doc.short_title()
            out["text"] = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        except Exception as e:  # a page the peer cannot read scores zero, like an empty extraction
            out["error"] = repr(e)
            out["text"] = ""
        out["ms"] = (time.perf_counter() - t0) * 1000
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
