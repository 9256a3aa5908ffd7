// Typesets math at build time with the site's own KaTeX (node_modules/katex), for scripts/coursebuild/typeset.py.
// Reads one JSON request per line on stdin: {"items": [{"tex": "...", "display": true|false}, ...]}
// and answers one JSON line: {"results": [{"html": "..."} | {"error": "..."}, ...]}, in order.
// Output is KaTeX's HTML plus MathML (read by screen readers); the page needs only katex.min.css.
"use strict";
const path = require("path");
const readline = require("readline");
const katex = require(path.join(__dirname, "..", "..", "node_modules", "katex"));

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on("line", (line) => {
  const { items } = JSON.parse(line);
  const results = items.map(({ tex, display }) => {
    try {
      return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, output: "htmlAndMathml" }) };
    } catch (error) {
      return { error: String(error.message || error) };
    }
  });
  process.stdout.write(JSON.stringify({ results }) + "\n");
});
