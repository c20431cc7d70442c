// The source tagger's front-end: native radio groups, one fieldset per sentence.
// Why custom: JupyterLab's notebook shortcuts take arrow keys and Enter from
// ipywidgets' selects and radios (jupyter-widgets/ipywidgets#3912). Lumino
// skips its shortcuts for an element marked data-lm-suppress-shortcuts, but
// the notebook's selectors end in ":focus", which the focused control itself
// matches, so every focusable control carries the mark, not just our root.
// The kernel computes the answer line and the feedback.

function element(tag, properties = {}, children = []) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

function control(tag, properties) {
  const node = element(tag, properties);
  node.setAttribute("data-lm-suppress-shortcuts", "true");
  return node;
}

function render({ model, el }) {
  const uid = `medialit-${Math.random().toString(36).slice(2)}`;
  const root = element("div", { className: "medialit-tagger" });

  const kinds = model.get("kinds");
  root.append(
    element("p", { textContent: model.get("help") }),
    element("ul", {}, Object.entries(kinds).map(([kind, meaning]) =>
      element("li", {}, [element("strong", { textContent: kind }), `: ${meaning}`]))),
  );

  const radios = [];
  for (const [number, label, text] of model.get("sentences")) {
    const options = element("div", { className: "medialit-options" });
    for (const kind of Object.keys(kinds)) {
      const radio = control("input", { type: "radio", name: `${uid}-${number}`, value: kind });
      radio.addEventListener("change", () => {
        model.set("tags", { ...model.get("tags"), [number]: kind });
        model.save_changes();
      });
      radios.push([String(number), radio]);
      options.append(element("label", {}, [radio, element("span", { textContent: kind })]));
    }
    root.append(element("fieldset", {}, [
      element("legend", {}, [element("strong", { textContent: `[${label}]` }), ` ${text}`]),
      options,
    ]));
  }

  const answer = control("textarea", { id: `${uid}-answer`, readOnly: true, rows: 3 });
  const button = control("button", { type: "button", className: "medialit-check", textContent: "Check my tags" });
  const status = element("div", { className: "medialit-status" });
  status.setAttribute("role", "status");
  button.addEventListener("click", () => model.send({ event: "check" }));
  root.append(
    element("label", { htmlFor: answer.id, textContent: "Answer line: copy it into the answer cell below" }),
    answer, button, status,
  );

  function show() {
    const tags = model.get("tags");
    for (const [number, radio] of radios) radio.checked = tags[number] === radio.value;
    answer.value = model.get("answer_line");
    status.innerHTML = model.get("feedback");  // built by the kernel with every text escaped
    // check()'s HTML is its own live region when shown alone; here ours is, and nested ones are read twice.
    for (const inner of status.querySelectorAll("[role=status]")) inner.removeAttribute("role");
  }
  model.on("change:tags", show);
  model.on("change:answer_line", show);
  model.on("change:feedback", show);
  show();
  el.append(root);
  return () => model.off(null, show);
}

export default { render };
