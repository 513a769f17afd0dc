package dev.kalshisim.reports;

/**
 * The comparison page's one script: clicking a column header (or Enter on it) sorts the runs by
 * that column, a second click reverses. Cells sort by their {@code data-v}: as numbers when both
 * are numbers (money, ratios, counts, numeric parameters), as text otherwise; an undefined figure
 * (empty key) is last either way; ties keep rank order. It loads nothing, and with scripts off the
 * table simply stays in rank order.
 */
final class SortScript {

    static final String TEXT = """
            (function () {
              'use strict';
              var table = document.getElementById('%s');
              if (!table || !table.tHead || table.tBodies.length !== 1) {
                return;
              }
              var body = table.tBodies[0];
              var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);

              function compare(a, b, column, descending) {
                var x = a.cells[column].getAttribute('data-v');
                var y = b.cells[column].getAttribute('data-v');
                if (x === '' || y === '') {
                  if (x !== y) {
                    return x === '' ? 1 : -1;
                  }
                } else {
                  var nx = Number(x);
                  var ny = Number(y);
                  var order = isFinite(nx) && isFinite(ny) ? nx - ny : (x < y ? -1 : (x > y ? 1 : 0));
                  if (order !== 0) {
                    return descending ? -order : order;
                  }
                }
                return Number(a.getAttribute('data-rank')) - Number(b.getAttribute('data-rank'));
              }

              function sortBy(column) {
                var th = headers[column];
                var current = th.getAttribute('aria-sort');
                var descending = current ? current === 'ascending' : th.getAttribute('data-first') === 'desc';
                headers.forEach(function (other) {
                  other.removeAttribute('aria-sort');
                });
                th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  return compare(a, b, column, descending);
                });
                rows.forEach(function (row) {
                  body.appendChild(row);
                });
              }

              headers.forEach(function (th, column) {
                th.tabIndex = 0;
                th.addEventListener('click', function () {
                  sortBy(column);
                });
                th.addEventListener('keydown', function (event) {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    sortBy(column);
                  }
                });
              });
              table.classList.add('sortable');
              var hint = document.getElementById('sort-hint');
              if (hint) {
                hint.hidden = false;
              }
            })();
            """.formatted(ComparisonTable.ID);

    private SortScript() {
    }
}
