// newsledger web: small progressive enhancements. Every page works without this file.
"use strict";

(function () {
  // Article: clicking highlighted text shows the cards of every item under it.
  const text = document.getElementById("article-text");
  const details = document.getElementById("details");
  const body = document.getElementById("details-body");
  if (text && details && body) {
    const clear = () => {
      document.querySelectorAll(".hl.selected, .card.selected").forEach((el) => el.classList.remove("selected"));
      body.replaceChildren();
      details.hidden = true;
    };
    text.addEventListener("click", (ev) => {
      const seg = ev.target.closest(".hl");
      if (!seg) return;
      if (ev.target.closest("a")) return;
      clear();
      const items = (seg.dataset.items || "").split(" ").filter(Boolean);
      for (const item of items) {
        text.querySelectorAll(".hl").forEach((el) => {
          if ((el.dataset.items || "").split(" ").includes(item)) el.classList.add("selected");
        });
        const card = document.getElementById("card-" + item);
        if (card) {
          const copy = card.cloneNode(true);
          copy.removeAttribute("id");
          copy.hidden = false;
          copy.classList.add("selected");
          body.appendChild(copy);
        }
      }
      details.hidden = body.childElementCount === 0;
      if (!details.hidden) details.scrollIntoView({ block: "nearest" });
    });
    document.getElementById("details-close")?.addEventListener("click", clear);
    // Cards in the side panel point back to their text.
    document.querySelectorAll(".cards [data-item]").forEach((card) => {
      card.addEventListener("mouseenter", () => {
        const items = card.dataset.item.split(" ");
        text.querySelectorAll(".hl").forEach((el) => {
          const mine = (el.dataset.items || "").split(" ");
          if (items.some((i) => mine.includes(i))) el.classList.add("selected");
        });
      });
      card.addEventListener("mouseleave", () => {
        if (details.hidden) text.querySelectorAll(".hl.selected").forEach((el) => el.classList.remove("selected"));
      });
      card.addEventListener("click", (ev) => {
        if (ev.target.closest("a")) return;
        const first = Array.from(text.querySelectorAll(".hl")).find((el) =>
          (el.dataset.items || "").split(" ").includes(card.dataset.item.split(" ")[0]));
        if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
      });
    });
  }

  // Network: hovering a node lights up its edges and neighbours.
  const graph = document.getElementById("graph");
  if (graph) {
    const figure = graph.closest(".network");
    const lines = Array.from(graph.querySelectorAll("line"));
    graph.querySelectorAll(".node").forEach((node) => {
      node.addEventListener("mouseenter", () => {
        const id = node.dataset.id;
        const near = new Set([id]);
        for (const l of lines) {
          if (l.dataset.source === id || l.dataset.target === id) {
            l.classList.add("lit");
            near.add(l.dataset.source);
            near.add(l.dataset.target);
          }
        }
        graph.querySelectorAll(".node").forEach((n) => n.classList.toggle("lit", near.has(n.dataset.id)));
        figure.classList.add("hovering");
      });
      node.addEventListener("mouseleave", () => {
        figure.classList.remove("hovering");
        graph.querySelectorAll(".lit").forEach((el) => el.classList.remove("lit"));
      });
    });
  }

  // Name fields: suggestions from /api/suggest as the user types ("Russia" finds the government of Russia,
  // the state, its ministries). Without JavaScript the datalist holds the facet's names instead.
  document.querySelectorAll("input[data-suggest]").forEach((input) => {
    const list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    let timer = null;
    let asked = "";
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q.length < 2 || q === asked) return;
        asked = q;
        try {
          const r = await fetch(input.dataset.suggest + "?q=" + encodeURIComponent(q));
          if (!r.ok || input.value.trim() !== q) return;
          const found = await r.json();
          list.replaceChildren(...found.map((a) => {
            const o = document.createElement("option");
            o.value = a.name;
            o.textContent = `${a.type || "actor"} · ${a.statements} statements · ${a.mentions} mentions`;
            return o;
          }));
        } catch (_) { /* suggestions are a convenience: the form still works without them */ }
      }, 150);
    });
  });
})();
