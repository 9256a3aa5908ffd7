// Typeset math with the KaTeX copy the site serves itself (no request leaves the site).
// Lesson pages: pymdownx.arithmatex (generic mode) marks math up as \( \) and \[ \].
// Notebook pages: Markdown cells keep the $ and $$ their authors wrote.
// A formula KaTeX cannot parse stays as its TeX source, is marked .math-error and is
// reported on the console: the browser tests fail on both and name the page.
// Runs on first load and after every instant navigation.
const MATH = [
  { selector: ".arithmatex", delimiters: [
    { left: "\\(", right: "\\)", display: false },
    { left: "\\[", right: "\\]", display: true },
  ] },
  { selector: ".jupyter-wrapper .jp-RenderedMarkdown", delimiters: [
    { left: "$$", right: "$$", display: true },
    { left: "$", right: "$", display: false },
  ] },
];

document$.subscribe(({ body }) => {
  for (const { selector, delimiters } of MATH) {
    for (const element of body.querySelectorAll(selector)) {
      renderMathInElement(element, {
        delimiters,
        throwOnError: true,
        errorCallback: (message, error) => {
          element.classList.add("math-error");
          console.error(`${message} ${error}`);
        },
      });
    }
  }
  // A display formula wider than the column scrolls sideways: make it reachable by keyboard.
  for (const element of body.querySelectorAll("div.arithmatex, .jupyter-wrapper .katex-display")) {
    if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
  }
});
