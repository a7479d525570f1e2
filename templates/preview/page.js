// The preview's page: the list of publications, or one publication's edition
// in a frame. Each new state from the server's event stream loads the new
// pages into a hidden frame, scrolls it to the page the reader was on, and
// swaps it in: the page updates without a reload, at the same place.
const $ = (id) => document.getElementById(id);
const slug = decodeURIComponent(location.pathname.split("/")[2] ?? "");
const view = { edition: "pdf", zoom: 1, spread: false, version: 0 };

if (!slug) showList();
else showPublication();

async function showList() {
  const list = $("list");
  for (const { slug, title } of await (await fetch("/publications.json")).json()) {
    const a = Object.assign(document.createElement("a"), { href: `/p/${encodeURIComponent(slug)}/` });
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
    load(true);
  };
  $("smaller").onclick = () => setZoom(view.zoom / 1.25);
  $("larger").onclick = () => setZoom(view.zoom * 1.25);
  $("spread").onchange = (event) => {
    view.spread = event.target.checked;
    const frame = current();
    if (frame) dress(frame);
  };
  const events = new EventSource(`/p/${encodeURIComponent(slug)}/events`);
  events.onmessage = (event) => update(JSON.parse(event.data));
}

function update(state) {
  $("title").textContent = state.title ?? slug;
  document.title = `${state.title ?? slug} · Folio preview`;
  $("status").textContent = state.building ? "laying out…" : `${state.pages[view.edition] ?? 0} pages`;
  showMessages(state.messages);
  // A build that failed leaves the version's pages as they were: the last good ones stay.
  if (state.version !== view.version && state.pages[view.edition]) {
    view.version = state.version;
    load(false);
  }
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
  return document.querySelector("main iframe:not(.next)");
}

/** Loads the edition's pages into a new frame, and swaps it in at the reader's place. */
function load(fromTop) {
  const old = current();
  const place = old && !fromTop ? placeIn(old) : undefined;
  document.querySelectorAll("main iframe.next").forEach((frame) => frame.remove());
  const frame = document.createElement("iframe");
  frame.className = "next";
  frame.title = "The pages";
  frame.sandbox = "allow-same-origin"; // the parent reads its pages; no script runs in it
  frame.src = `/p/${encodeURIComponent(slug)}/${view.edition}.html?v=${view.version}`;
  frame.onload = () => {
    if (frame.className !== "next") return;
    dress(frame);
    if (place) goTo(frame, place);
    frame.className = "";
    old?.remove();
    document.body.dataset.version = String(view.version); // what tests wait for
  };
  $("view").append(frame);
}

function setZoom(zoom) {
  view.zoom = Math.min(4, Math.max(0.25, zoom));
  $("zoom").textContent = `${Math.round(view.zoom * 100)} %`;
  const frame = current();
  if (!frame) return;
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

/** The page at the top of the frame, and how far down it the reader is. */
function placeIn(frame) {
  const pages = [...frame.contentDocument.querySelectorAll(".pagedjs_page")];
  const index = Math.max(0, pages.findIndex((page) => page.getBoundingClientRect().bottom > 0));
  const box = pages[index]?.getBoundingClientRect();
  return { index, within: box ? -box.top / box.height : 0 };
}

function goTo(frame, { index, within }) {
  const pages = frame.contentDocument.querySelectorAll(".pagedjs_page");
  const page = pages[Math.min(index, pages.length - 1)];
  if (!page) return;
  const box = page.getBoundingClientRect();
  frame.contentWindow.scrollBy(0, box.top + within * box.height);
}
