// Sortable tables for Briefing's index pages: click a column heading (or Tab to it and press Enter) to
// sort by it, again to reverse. Our own few lines, served from the site (no CDN). Numbers sort as numbers.
(function () {
  function cellValue(row, index) {
    const text = row.cells[index] ? row.cells[index].innerText.trim() : "";
    const number = Number(text.replace(/,/g, ""));
    return text !== "" && !Number.isNaN(number) ? number : text.toLowerCase();
  }

  function sortBy(table, index, descending) {
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort(function (a, b) {
      const x = cellValue(a, index), y = cellValue(b, index);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  // Each heading's words go into a button: a button is reached with Tab and pressed with Enter or
  // Space, and a screen reader announces it; the heading's aria-sort says which way the rows run.
  function sortButton(heading) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "briefing-sort";
    button.title = "Sort by this column";
    while (heading.firstChild) button.appendChild(heading.firstChild);
    heading.appendChild(button);
    return button;
  }

  function makeSortable(table) {
    if (table.dataset.briefingSortable || !table.tHead || !table.tBodies.length) return;
    table.dataset.briefingSortable = "yes";
    Array.from(table.tHead.rows[0].cells).forEach(function (heading, index) {
      heading.setAttribute("aria-sort", "none");
      sortButton(heading).addEventListener("click", function () {
        const descending = heading.getAttribute("aria-sort") === "ascending";
        Array.from(heading.parentNode.cells).forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sortBy(table, index, descending);
      });
    });
  }

  function init() {
    document.querySelectorAll("article table").forEach(makeSortable);
  }

  // Material's instant navigation swaps pages without a reload: document$ tells us when.
  if (typeof document$ !== "undefined") {
    document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
