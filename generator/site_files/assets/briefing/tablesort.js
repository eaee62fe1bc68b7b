// Sortable tables for Briefing's index pages: click a column heading to sort by it, click again to
// reverse. Our own few lines, served from the site (no CDN). Numbers sort as numbers.
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

  function makeSortable(table) {
    if (table.dataset.briefingSortable || !table.tHead || !table.tBodies.length) return;
    table.dataset.briefingSortable = "yes";
    Array.from(table.tHead.rows[0].cells).forEach(function (heading, index) {
      heading.style.cursor = "pointer";
      heading.title = "Sort by this column";
      heading.setAttribute("aria-sort", "none");
      heading.addEventListener("click", function () {
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
