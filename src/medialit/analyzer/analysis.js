// The standalone page's only script (medialit.analyzer.analysis_html.render_page): WCAG 1.4.13 asks that an
// explanation shown on hover or focus can be dismissed without moving the pointer or the focus. Escape hides
// every explanation showing now; the next time the pointer enters a label or a label takes the focus, its
// explanation shows again. Without this script the explanations still show on hover and focus (the stylesheet).
"use strict";
document.querySelectorAll(".medialit-tag").forEach(function (tag) {
  function showAgain() { tag.classList.remove("medialit-dismissed"); }
  tag.addEventListener("pointerenter", showAgain);
  tag.addEventListener("focusin", showAgain);
});
document.addEventListener("keydown", function (event) {
  if (event.key !== "Escape") { return; }
  document.querySelectorAll(".medialit-tag").forEach(function (tag) {
    if (tag.matches(":hover, :focus-within")) { tag.classList.add("medialit-dismissed"); }
  });
});
