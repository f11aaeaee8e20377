// Runs Mozilla Readability (with jsdom) over saved pages for Marsad's bench.
// Usage: node readability.mjs LIST_FILE  — LIST_FILE has one "path<TAB>url" per line (.html or .html.gz);
// prints one JSON line per page: {"path", "title", "text", "published", "ms", "error"}.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const quiet = new VirtualConsole(); // page scripts and CSS errors are not ours to print
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
for (const line of lines) {
  const [path, url] = line.split('\t');
  let raw = readFileSync(path);
  if (path.endsWith('.gz')) raw = gunzipSync(raw);
  const t0 = process.hrtime.bigint();
  const out = { path };
  try {
    const dom = new JSDOM(raw.toString('utf8'), { url: url || 'https://example.invalid/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    out.title = article ? article.title : null;
    out.text = article ? article.textContent : '';
    out.published = article ? article.publishedTime ?? null : null;
    dom.window.close();
  } catch (e) {
    out.error = String(e);
    out.text = '';
  }
  out.ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify(out) + '\n');
}
