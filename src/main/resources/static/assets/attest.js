// Attest's pages work without this script; it adds what a browser can do on top:
// sortable and filterable tables, drag-and-drop uploads, the criteria picker, export progress.
(function () {
  'use strict';

  // Sortable tables: a button in each header of <table data-attest-sortable>.
  function sortable(table) {
    var headers = table.querySelectorAll('thead th');
    headers.forEach(function (th, column) {
      if (th.hasAttribute('data-attest-nosort')) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'attest-sort';
      button.textContent = th.textContent.trim();
      th.textContent = '';
      th.appendChild(button);
      th.setAttribute('aria-sort', 'none');
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (h) { if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[column]), y = key(b.cells[column]);
          var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function key(cell) {
    if (!cell) return '';
    var v = cell.getAttribute('data-sort-value');
    if (v === null) v = cell.textContent.trim();
    var n = Number(v);
    return v !== '' && !isNaN(n) ? n : v.toLowerCase();
  }

  // Filters: <input data-attest-filter="tableId"> hides rows whose text does not contain it.
  function filter(input) {
    var table = document.getElementById(input.getAttribute('data-attest-filter'));
    if (!table) return;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('table[data-attest-sortable]').forEach(sortable);
    document.querySelectorAll('input[data-attest-filter]').forEach(filter);
  });

  window.Attest = { sortable: sortable, filter: filter };
})();
