// Typeset math with the KaTeX copy the site serves itself (no request leaves the site).
// Lesson pages: pymdownx.arithmatex (generic mode) marks math up as \( \) and \[ \].
// Notebook pages: Markdown cells keep the $ and $$ their authors wrote.
// Runs on first load and after every instant navigation.
document$.subscribe(({ body }) => {
  const options = { throwOnError: false };
  for (const element of body.querySelectorAll(".arithmatex")) {
    renderMathInElement(element, {
      ...options,
      delimiters: [
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true },
      ],
    });
  }
  for (const element of body.querySelectorAll(".jupyter-wrapper .jp-RenderedMarkdown")) {
    renderMathInElement(element, {
      ...options,
      delimiters: [
        { left: "$$", right: "$$", display: true },
        { left: "$", right: "$", display: false },
      ],
    });
  }
  // A display formula wider than the column scrolls sideways: make it reachable by keyboard.
  for (const element of body.querySelectorAll("div.arithmatex, .jupyter-wrapper .katex-display")) {
    if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
  }
});
