// The preview's page: the list of publications, or one publication's edition:
// a print edition's laid-out pages in a frame, or the EPUB's chapters, each in
// a frame at a phone's or a tablet's width. Each new state from the server's
// event stream loads the new pages hidden, scrolls them to the reader's place
// in the text, and swaps them in: the page updates without a reload, in place.
const $ = (id) => document.getElementById(id);
const slug = decodeURIComponent(location.pathname.split("/")[2] ?? "");
const view = { edition: "pdf", zoom: 1, spread: false, version: 0, switched: false };
// The last state from the server, and the stream it came by.
view.state = undefined;
view.events = undefined;
/** The EPUB views' widths, in CSS pixels: a common phone's and a common tablet's. */
const WIDTHS = { "epub-phone": 360, "epub-tablet": 768 };

if (!slug) showList();
else showPublication();

async function showList() {
  const list = $("list");
  for (const { slug, title } of await (await fetch("/publications.json")).json()) {
    const a = document.createElement("a");
    a.href = `/p/${encodeURIComponent(slug)}/`;
    a.textContent = title ? `${title} (${slug})` : slug;
    const li = document.createElement("li");
    li.append(a);
    list.append(li);
  }
  list.hidden = false;
}

function showPublication() {
  $("controls").hidden = false;
  $("edition").onchange = (event) => {
    view.edition = event.target.value;
    view.switched = true;
    connect();
  };
  $("smaller").onclick = () => setZoom(view.zoom / 1.25);
  $("larger").onclick = () => setZoom(view.zoom * 1.25);
  $("spread").onchange = (event) => {
    view.spread = event.target.checked;
    const frame = current();
    if (frame?.tagName === "IFRAME") dress(frame);
  };
  connect();
}

/** Follows the publication's states, telling the server which edition this page shows. */
function connect() {
  view.events?.close();
  const shows = WIDTHS[view.edition] ? "epub" : view.edition;
  view.events = new EventSource(`/p/${encodeURIComponent(slug)}/events?view=${shows}`);
  view.events.onmessage = (event) => update(JSON.parse(event.data));
}

function update(state) {
  $("title").textContent = state.title ?? slug;
  document.title = `${state.title ?? slug} · Folio preview`;
  view.state = state;
  showStatus();
  showMessages(state.messages);
  // A build that failed leaves the version as it was: the last good pages stay.
  // An edition just picked shows from its top once the server has made it.
  const made = WIDTHS[view.edition] ? state.chapters.length > 0 : state.pages[view.edition];
  if ((state.version !== view.version || view.switched) && made) {
    view.version = state.version;
    load(view.switched);
    view.switched = false;
  }
}

function showStatus() {
  const { building, chapters, pages } = view.state;
  const count = WIDTHS[view.edition]
    ? `${chapters.length} chapters`
    : `${pages[view.edition] ?? 0} pages`;
  $("status").textContent = building ? "laying out…" : count;
}

function showMessages(messages) {
  const ul = $("messages").querySelector("ul");
  ul.replaceChildren(...messages.map((line) => {
    const li = document.createElement("li");
    li.textContent = line;
    li.className = /^[^ ]*:\d+:\d+: error:|: the preview failed:/.test(line) ? "error" : "warning";
    return li;
  }));
  $("messages").hidden = messages.length === 0;
}

function current() {
  return document.querySelector("main > :not(.next)");
}

/** Loads the edition hidden, and swaps it in at the reader's place. */
function load(fromTop) {
  const old = current();
  const print = !WIDTHS[view.edition];
  const place = old && !fromTop && old.tagName === "IFRAME" && print ? placeIn(old) : undefined;
  const scrolled = old && !fromTop && !print ? $("view").scrollTop : 0;
  document.querySelectorAll("main > .next").forEach((next) => next.remove());
  const shown = (next) => {
    if (!next.isConnected) return; // a newer version came first
    next.classList.remove("next");
    old?.remove();
    $("view").scrollTop = scrolled;
    document.body.dataset.version = String(view.version); // what tests wait for
  };
  if (print) {
    const frame = page(`${view.edition}.html`);
    frame.onload = () => {
      dress(frame);
      if (place) goTo(frame, place);
      shown(frame);
    };
    $("view").append(frame);
  } else {
    const reader = Object.assign(document.createElement("div"), { className: "reader next" });
    reader.style.width = `${WIDTHS[view.edition]}px`;
    const inEpub = (chapter) => chapter.split("/").map(encodeURIComponent).join("/");
    const frames = view.state.chapters.map((chapter) => page(`epub/${inEpub(chapter)}`));
    let waiting = frames.length;
    for (const frame of frames) {
      frame.className = "chapter";
      frame.onload = () => {
        frame.style.height = `${frame.contentDocument.documentElement.scrollHeight}px`;
        if (--waiting === 0) shown(reader);
      };
    }
    reader.append(...frames);
    $("view").append(reader);
    if (frames.length === 0) shown(reader);
  }
}

/** A frame for one of the publication's documents: no script runs in it, the page reads it. */
function page(path) {
  const frame = document.createElement("iframe");
  frame.className = "next";
  frame.title = "The pages";
  frame.sandbox = "allow-same-origin";
  frame.src = `/p/${encodeURIComponent(slug)}/${path}?v=${view.version}`;
  return frame;
}

function setZoom(zoom) {
  view.zoom = Math.min(4, Math.max(0.25, zoom));
  $("zoom").textContent = `${Math.round(view.zoom * 100)} %`;
  const frame = current();
  if (frame?.tagName !== "IFRAME") return;
  const place = placeIn(frame);
  dress(frame);
  goTo(frame, place);
}

/** Zoom and spreads are the preview's own styles on the laid-out document. */
function dress(frame) {
  const body = frame.contentDocument.body;
  body.style.zoom = String(view.zoom);
  body.classList.toggle("spread", view.spread);
}

/**
 * Where the reader is: the first block of text at the top of the view (its
 * opening words, and how far from the top it stands), and the page with how
 * far down it, for when that block is gone (the edit was in it).
 */
function placeIn(frame) {
  const pages = [...frame.contentDocument.querySelectorAll(".pagedjs_page")];
  const index = Math.max(0, pages.findIndex((page) => page.getBoundingClientRect().bottom > 0));
  const box = pages[index]?.getBoundingClientRect();
  const content = pages[index]?.querySelector(".pagedjs_page_content");
  const block = content && [...content.querySelectorAll(BLOCKS)].find(
    (b) => b.getBoundingClientRect().bottom > 0 && opening(b),
  );
  return {
    index,
    within: box ? -box.top / box.height : 0,
    text: block && opening(block),
    split: block?.hasAttribute("data-split-from"),
    top: block?.getBoundingClientRect().top,
  };
}

/** The blocks a place is kept by: text that an edit elsewhere leaves as it was. */
const BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, pre, dt, dd, figcaption, th, td";
const opening = (block) => block.textContent.replace(/[\s\u00ad]+/g, " ").trim().slice(0, 80);

/** Scrolls the new pages to the reader's place: the same block where it is still there, else the same page. */
function goTo(frame, place) {
  const pages = [...frame.contentDocument.querySelectorAll(".pagedjs_page")];
  const pageOf = new Map(pages.map((page, i) => [page, i]));
  const distance = (block) => Math.abs(pageOf.get(block.closest(".pagedjs_page")) - place.index);
  const same = place.text
    ? [...frame.contentDocument.querySelectorAll(`.pagedjs_page_content :is(${BLOCKS})`)]
        .filter((b) => b.hasAttribute("data-split-from") === place.split && opening(b) === place.text)
        .sort((a, b) => distance(a) - distance(b))[0]
    : undefined;
  if (same) {
    frame.contentWindow.scrollBy(0, same.getBoundingClientRect().top - place.top);
    return;
  }
  const page = pages[Math.min(place.index, pages.length - 1)];
  if (!page) return;
  const box = page.getBoundingClientRect();
  frame.contentWindow.scrollBy(0, box.top + place.within * box.height);
}
