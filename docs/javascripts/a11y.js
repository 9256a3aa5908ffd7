// Runs on first load and after every instant navigation.
document$.subscribe(({ body }) => {
  // Material's search overlay has role="dialog" but no accessible name; give it one.
  const search = document.querySelector(".md-search");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
  // What scrolls sideways must be reachable by keyboard: a display formula wider than the column
  // (math is typeset at build time), notebook-view cells and long outputs.
  const wide = "div.arithmatex, .jupyter-wrapper .katex-display, .jupyter-wrapper .highlight-ipynb, .jupyter-wrapper pre";
  for (const element of body.querySelectorAll(wide)) {
    if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
  }
});
