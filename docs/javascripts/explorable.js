// Explorable figures (scripts/coursebuild/explorable.py): the slider shows frame k, a figure the
// build drew from its own run; its light and dark drawings follow the palette like every figure.
// Without JavaScript the page keeps the default frame and the slider stays hidden. The frames are an
// attribute, not a JSON <script>: instant navigation re-creates a page's scripts without their type.
document$.subscribe(({ body }) => {
  for (const figure of body.querySelectorAll(".course-explorable")) {
    const frames = JSON.parse(figure.dataset.frames);
    const [light, dark] = figure.querySelectorAll("img.course-explorable__frame");
    const slider = figure.querySelector("input[type=range]");
    const output = figure.querySelector("output");
    figure.querySelector(".course-explorable__control").hidden = false;
    const show = (k) => {
      const frame = frames[k];
      light.src = frame.light;
      dark.src = frame.dark;
      light.alt = dark.alt = frame.alt;
      output.value = frame.value;
      slider.setAttribute("aria-valuetext", frame.value);
      figure.dataset.frame = String(k);
    };
    slider.addEventListener("input", () => show(Number(slider.value)));
  }
});
