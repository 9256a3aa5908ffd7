document$.subscribe(({ body }) => {
  // Material's search overlay has role="dialog" but no accessible name; give it one.
  const search = document.querySelector(".md-search");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
  // Code that scrolls sideways must be reachable by keyboard (notebook view cells, long outputs).
  for (const element of body.querySelectorAll(".jupyter-wrapper .highlight-ipynb, .jupyter-wrapper pre")) {
    if (element.scrollWidth > element.clientWidth) element.tabIndex = 0;
  }
});
