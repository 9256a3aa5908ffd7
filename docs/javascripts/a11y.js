// Runs on first load and after every instant navigation.
document$.subscribe(() => {
  // Material's search overlay has role="dialog" but no accessible name; give it one.
  const search = document.querySelector(".md-search");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search");
  // Display formulas and notebook cells, which may scroll sideways, are made reachable by
  // keyboard at build time (tabindex="0"): measuring them here would force the browser to lay
  // out the whole page, sections it skips until they come near the screen.
});
