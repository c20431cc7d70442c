// The front-ends of medialit's widgets: the source tagger and the highlighter.
// Why custom: JupyterLab's notebook shortcuts take arrow keys, Space and Enter
// from ipywidgets' controls (jupyter-widgets/ipywidgets#3912). Lumino skips its
// shortcuts for an element marked data-lm-suppress-shortcuts, but the
// notebook's selectors end in ":focus", which the focused control itself
// matches, so every focusable control carries the mark, not just our root.
// The kernel computes the answer line and the feedback; these only show them.

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

function glossary(meanings) {
  return element("ul", {}, Object.entries(meanings).map(([name, meaning]) =>
    element("li", {}, [element("strong", { textContent: name }), `: ${meaning}`])));
}

// The answer line to copy, the Check button and the one live region where feedback appears.
function answerBlock(model, uid, buttonText) {
  const answer = control("textarea", { id: `${uid}-answer`, readOnly: true, rows: 3 });
  const button = control("button", { type: "button", className: "medialit-check", textContent: buttonText });
  const status = element("div", { className: "medialit-status" });
  status.setAttribute("role", "status");
  button.addEventListener("click", () => model.send({ event: "check" }));
  const nodes = [
    element("label", { htmlFor: answer.id, textContent: "Answer line: copy it into the answer cell below" }),
    answer, button, status,
  ];
  function show() {
    answer.value = model.get("answer_line");
    status.innerHTML = model.get("feedback");  // built by the kernel with every text escaped
    // check()'s HTML is its own live region when shown alone; here ours is, and nested ones are read twice.
    for (const inner of status.querySelectorAll("[role=status]")) inner.removeAttribute("role");
  }
  return { nodes, show };
}

// One fieldset per sentence, its text the legend, holding a native radio group:
// Tab moves between sentences, the arrow keys choose a tag. Where a sentence
// may mix kinds ("multiple"), checkboxes instead: Tab moves, Space ticks.
function renderTagger(model, root, uid) {
  const kinds = model.get("kinds");
  const multiple = model.get("multiple");
  root.append(element("p", { textContent: model.get("help") }), glossary(kinds));
  const radios = [];
  const tagsOf = (number) => [].concat(model.get("tags")[number] ?? []);
  for (const [number, label, text] of model.get("sentences")) {
    const options = element("div", { className: "medialit-options" });
    for (const kind of Object.keys(kinds)) {
      const radio = control("input", { type: multiple ? "checkbox" : "radio", name: `${uid}-${number}`, value: kind });
      radio.addEventListener("change", () => {
        const chosen = multiple
          ? Object.keys(kinds).filter((k) => (k === kind ? radio.checked : tagsOf(number).includes(k)))
          : kind;
        model.set("tags", { ...model.get("tags"), [number]: chosen });
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
  const bottom = answerBlock(model, uid, "Check my tags");
  root.append(...bottom.nodes);
  return () => {
    const tags = model.get("tags");
    for (const [number, radio] of radios) radio.checked = [].concat(tags[number] ?? []).includes(radio.value);
    bottom.show();
  };
}

function swatch(i) {
  const node = element("span", { className: `medialit-swatch medialit-c${i}` });
  node.setAttribute("aria-hidden", "true");  // decoration: the technique's name is the label
  return node;
}

// A radio group picks the technique; the text is one tab stop whose words are
// buttons: the arrow keys move between words, Space or Enter marks one.
// A mark shows as a colour and, after the marked words, the technique's name.
function renderHighlighter(model, root, uid) {
  const categories = Object.keys(model.get("categories"));
  root.append(element("p", { textContent: model.get("help") }));

  const chooser = element("fieldset", { className: "medialit-options" }, [element("legend", {}, [element("strong", { textContent: "Mark words as" })])]);
  let chosen = categories[0];
  categories.forEach((category, i) => {
    const radio = control("input", { type: "radio", name: `${uid}-category`, value: category, checked: i === 0 });
    radio.addEventListener("change", () => { chosen = category; });
    chooser.append(element("label", {}, [
      radio, swatch(i),
      element("span", { textContent: category }),
    ]));
  });
  root.append(chooser, glossary(model.get("categories")));

  const text = element("div", { className: "medialit-text" });
  text.setAttribute("role", "group");
  text.setAttribute("aria-label", "The text. Arrow keys move between words; Space or Enter marks a word; Tab leaves.");
  const words = [];  // [index, button, badge] in reading order
  let paragraph = null;
  let current = 0;
  for (const [number, label, sentence, paragraphNumber, spans] of model.get("sentences")) {
    if (!paragraph || paragraph.dataset.number !== String(paragraphNumber)) {
      paragraph = element("p", {}, [element("small", { textContent: `Paragraph ${paragraphNumber}` }), element("br")]);
      paragraph.dataset.number = String(paragraphNumber);
      text.append(paragraph);
    }
    paragraph.append(element("strong", { textContent: `[${label}] ` }));
    let end = 0;
    for (const [index, start, stop] of spans) {
      paragraph.append(sentence.slice(end, start));
      const button = control("button", { type: "button", className: "medialit-word", textContent: sentence.slice(start, stop), tabIndex: words.length ? -1 : 0 });
      const badge = element("span", { className: "medialit-badge" });
      const position = words.length;
      button.addEventListener("click", () => {
        focusWord(position);
        const marks = { ...model.get("marks") };
        if (marks[index] === chosen) delete marks[index]; else marks[index] = chosen;
        model.set("marks", marks);
        model.save_changes();
      });
      words.push([String(index), button, badge, number]);
      paragraph.append(button, badge);
      end = stop;
    }
    paragraph.append(sentence.slice(end), " ");
  }
  function focusWord(position) {
    words[current][1].tabIndex = -1;
    current = Math.max(0, Math.min(words.length - 1, position));
    words[current][1].tabIndex = 0;
    words[current][1].focus();
  }
  const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  text.addEventListener("keydown", (event) => {
    if (event.key in moves) focusWord(current + moves[event.key]);
    else if (event.key === "Home") focusWord(0);
    else if (event.key === "End") focusWord(words.length - 1);
    else return;
    event.preventDefault();
  });
  root.append(text);

  const bottom = answerBlock(model, uid, "Check my marks");
  root.append(...bottom.nodes);
  return () => {
    const marks = model.get("marks");
    words.forEach(([index, button, badge], position) => {
      const category = marks[index];
      button.className = "medialit-word" + (category ? ` medialit-marked medialit-c${categories.indexOf(category)}` : "");
      button.setAttribute("aria-pressed", category ? "true" : "false");
      const next = words[position + 1];
      const runGoesOn = next && next[3] === words[position][3] && marks[next[0]] === category;
      const endsRun = category && !runGoesOn;
      badge.textContent = endsRun ? ` [${category}]` : "";
    });
    bottom.show();
  };
}

const VIEWS = { tagger: renderTagger, highlighter: renderHighlighter };

function render({ model, el }) {
  const uid = `medialit-${Math.random().toString(36).slice(2)}`;
  const root = element("div", { className: `medialit-widget medialit-${model.get("view")}` });
  const show = VIEWS[model.get("view")](model, root, uid);
  const events = ["change:tags", "change:marks", "change:answer_line", "change:feedback"];
  for (const event of events) model.on(event, show);
  show();
  el.append(root);
  return () => { for (const event of events) model.off(event, show); };
}

export default { render };
