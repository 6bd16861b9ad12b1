// The live preview: the plan as the core assembles it (Nghị định 30/2020
// layout), redrawn after the frame that shows an edit so typing never waits
// for it, and patched node by node so only what changed is laid out again.

/** The width of an A4 page in CSS pixels (210 mm). */
const PAGE_WIDTH = (210 / 25.4) * 96;

export class Preview {
  /**
   * `html()` gives the preview fragment, `printHtml()` the standalone document,
   * `flags()` a Map of path → severity for the fields with findings;
   * `onPick(path)` is called with the data-path of a clicked element.
   */
  constructor(panel, container, { html, printHtml, flags, onPick }) {
    this.container = container;
    this.html = html;
    this.printHtml = printHtml;
    this.flags = flags;
    this.flagged = [];
    this.last = '';
    this.pending = false;
    container.addEventListener('click', (event) => {
      const target = event.target.closest('[data-path]');
      if (target && container.contains(target)) onPick(target.dataset.path);
    });
    new ResizeObserver(([entry]) => {
      const zoom = Math.min(1, (entry.contentRect.width - 16) / PAGE_WIDTH);
      container.style.setProperty('--preview-zoom', String(Math.max(0.3, zoom)));
    }).observe(panel);
    // Print the official page: the document without draft placeholders.
    addEventListener('beforeprint', () => this.showPrintVersion());
    addEventListener('afterprint', () => this.reset());
  }

  /** Redraws after the next frame is painted; several edits in one frame cost one redraw. */
  schedule() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      setTimeout(() => {
        this.pending = false;
        this.update();
      }, 0);
    });
  }

  /** Redraws now, from scratch. */
  reset() {
    this.last = '';
    this.flagged = [];
    this.container.replaceChildren();
    this.update();
  }

  update() {
    const html = this.html();
    this.unflag();
    if (html !== this.last) {
      this.last = html;
      const fresh = parse(html);
      const live = this.container.firstElementChild;
      if (live && fresh) patch(live, fresh);
      else this.container.replaceChildren(...(fresh ? [fresh] : []));
    }
    this.flag();
  }

  /** Marks the elements showing a field with findings (wavy underline by severity). */
  flag() {
    for (const [path, severity] of this.flags()) {
      const node = this.container.querySelector(`[data-path="${CSS.escape(path)}"]`);
      if (node) {
        node.dataset.flag = severity;
        this.flagged.push(node);
      }
    }
  }

  /** Takes the marks off, so patching compares the assembled markup only. */
  unflag() {
    for (const node of this.flagged) delete node.dataset.flag;
    this.flagged = [];
  }

  /** Only the document's article: its inline stylesheet is the one the page links already. */
  showPrintVersion() {
    const html = this.printHtml();
    const start = html.indexOf('<article');
    const end = html.lastIndexOf('</article>');
    const page = start === -1 || end === -1 ? null : parse(html.slice(start, end + '</article>'.length));
    if (!page) return;
    this.flagged = [];
    this.container.replaceChildren(page);
    this.last = '';
  }
}

function parse(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild;
}

/** Makes `live` equal to `fresh`, replacing only the subtrees that differ. */
function patch(live, fresh) {
  if (live.isEqualNode(fresh)) return;
  if (
    live.nodeType !== Node.ELEMENT_NODE ||
    live.nodeName !== fresh.nodeName ||
    !sameAttributes(live, fresh) ||
    live.childNodes.length !== fresh.childNodes.length
  ) {
    live.replaceWith(fresh);
    return;
  }
  const pairs = [...live.childNodes].map((node, i) => [node, fresh.childNodes[i]]);
  for (const [a, b] of pairs) patch(a, b);
}

function sameAttributes(a, b) {
  if (a.attributes.length !== b.attributes.length) return false;
  for (const { name, value } of a.attributes) {
    if (b.getAttribute(name) !== value) return false;
  }
  return true;
}
