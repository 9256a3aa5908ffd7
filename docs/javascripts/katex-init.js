// Typeset the math that pymdownx.arithmatex (generic mode) marked up, with the KaTeX
// copy the site serves itself. Runs on first load and after every instant navigation.
document$.subscribe(({ body }) => {
  for (const element of body.querySelectorAll(".arithmatex")) {
    renderMathInElement(element, {
      delimiters: [
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true },
      ],
      throwOnError: false,
    });
  }
  // A display formula wider than the column scrolls sideways: make it reachable by keyboard.
  for (const element of body.querySelectorAll("div.arithmatex")) {
    if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
  }
});
