/*
 * Findings panel of baked-secrets. Reads rows from the URL in data-rows-url, or from the JSON block named by
 * data-data-id, and renders a sortable, filterable, paged table with a detail view. Everything is built with
 * createElement and textContent: report data is never parsed as HTML.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 100;
  var COLUMNS = [
    { key: 'severity', label: 'Severity', sort: function (r) { return r.rank; } },
    { key: 'rule', label: 'Rule', sort: function (r) { return r.rule; } },
    { key: 'where', label: 'Where', sort: function (r) { return r.where; } },
    { key: 'createdBy', label: 'Layer created by', sort: function (r) { return r.createdBy || ''; } },
    { key: 'hidden', label: 'Hidden', sort: function (r) { return r.hidden; } },
    { key: 'attribution', label: 'Attribution', sort: function (r) { return r.attribution; } },
    { key: 'status', label: 'Status', sort: function (r) { return r.status; } },
    { key: 'validated', label: 'Validated', sort: function (r) { return r.validated; } },
    { key: 'redacted', label: 'Redacted', sort: function (r) { return r.redacted; } },
    { key: 'fingerprint', label: 'Fingerprint', sort: function (r) { return r.fingerprint; } }
  ];
  var DELETION_HELP = 'This file is deleted or replaced by a later layer, but that does not remove it: an image ' +
    'ships every layer, and anyone who pulls the image can extract the earlier layer and read the file. Only ' +
    'rebuilding without the secret removes it.';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function select(name, label, values) {
    var wrapper = el('label', 'bs-filter', label + ' ');
    var box = el('select');
    box.name = name;
    box.appendChild(new Option('all', ''));
    values.forEach(function (v) {
      box.appendChild(new Option(v === '' ? '(none)' : v, v === '' ? '-' : v));
    });
    wrapper.appendChild(box);
    return { wrapper: wrapper, box: box };
  }

  function distinct(rows, key) {
    var seen = {};
    var out = [];
    rows.forEach(function (r) {
      var v = r[key] || '';
      if (!Object.prototype.hasOwnProperty.call(seen, v)) {
        seen[v] = true;
        out.push(v);
      }
    });
    return out.sort();
  }

  function Panel(root, data) {
    this.root = root;
    this.rows = data.rows || [];
    this.rules = data.rules || {};
    this.genericHelp = data.genericHelp || '';
    this.sortKey = 'severity';
    this.sortDir = 1;
    this.page = 0;
    this.view = this.rows.slice();
    this.build();
    this.apply();
  }

  Panel.prototype.build = function () {
    var self = this;
    var controls = el('div', 'bs-controls');
    this.severity = select('severity', 'Severity', ['critical', 'high', 'medium', 'low', 'info']);
    this.kind = select('kind', 'Kind', distinct(this.rows, 'kind'));
    this.status = select('status', 'Status', distinct(this.rows, 'status'));
    this.search = el('input', 'bs-search');
    this.search.type = 'search';
    this.search.placeholder = 'Search path, key, rule, fingerprint';
    this.search.setAttribute('aria-label', 'Search findings');
    [this.severity.wrapper, this.kind.wrapper, this.status.wrapper, this.search].forEach(function (c) {
      controls.appendChild(c);
    });
    [this.severity.box, this.kind.box, this.status.box].forEach(function (b) {
      b.addEventListener('change', function () { self.page = 0; self.apply(); });
    });
    this.search.addEventListener('input', function () { self.page = 0; self.apply(); });
    this.count = el('span', 'bs-count');
    controls.appendChild(this.count);
    this.detail = el('section', 'bs-detail');
    this.detail.hidden = true;
    this.table = el('table', 'bs-table bs-dynamic');
    this.table.appendChild(this.header());
    this.body = el('tbody');
    this.table.appendChild(this.body);
    var stale = this.root.querySelector('.bs-static');
    if (stale) {
      stale.remove();
    }
    this.root.appendChild(controls);
    this.root.appendChild(this.detail);
    this.root.appendChild(this.pager());
    this.root.appendChild(this.table);
  };

  Panel.prototype.header = function () {
    var self = this;
    var head = el('thead');
    var tr = el('tr');
    this.headers = {};
    COLUMNS.forEach(function (col) {
      var th = el('th');
      th.dataset.key = col.key;
      var button = el('button', 'bs-sort', col.label);
      button.type = 'button';
      button.addEventListener('click', function () { self.sortBy(col.key); });
      th.appendChild(button);
      tr.appendChild(th);
      self.headers[col.key] = th;
    });
    tr.appendChild(el('th', '', 'Details'));
    head.appendChild(tr);
    return head;
  };

  Panel.prototype.pager = function () {
    var self = this;
    var pager = el('div', 'bs-pager');
    this.prev = el('button', 'bs-prev', 'Previous');
    this.next = el('button', 'bs-next', 'Next');
    this.prev.type = 'button';
    this.next.type = 'button';
    this.pageLabel = el('span', 'bs-page');
    this.prev.addEventListener('click', function () { self.page -= 1; self.render(); });
    this.next.addEventListener('click', function () { self.page += 1; self.render(); });
    pager.appendChild(this.prev);
    pager.appendChild(this.pageLabel);
    pager.appendChild(this.next);
    return pager;
  };

  Panel.prototype.sortBy = function (key) {
    this.sortDir = this.sortKey === key ? -this.sortDir : 1;
    this.sortKey = key;
    this.page = 0;
    this.apply();
  };

  Panel.prototype.matches = function (r, severity, kind, status, needle) {
    if (severity && r.severity !== severity) {
      return false;
    }
    if (kind && (r.kind || '') !== (kind === '-' ? '' : kind)) {
      return false;
    }
    if (status && (r.status || '') !== (status === '-' ? '' : status)) {
      return false;
    }
    if (!needle) {
      return true;
    }
    var hay = [r.where, r.rule, r.title, r.key, r.createdBy, r.redacted, r.fingerprint, r.target].join('\n');
    return hay.toLowerCase().indexOf(needle) >= 0;
  };

  Panel.prototype.apply = function () {
    var self = this;
    var severity = this.severity.box.value;
    var kind = this.kind.box.value;
    var status = this.status.box.value;
    var needle = this.search.value.trim().toLowerCase();
    var column = COLUMNS.filter(function (c) { return c.key === self.sortKey; })[0];
    this.view = this.rows.filter(function (r) { return self.matches(r, severity, kind, status, needle); });
    this.view.sort(function (a, b) {
      var x = column.sort(a);
      var y = column.sort(b);
      var order = x < y ? -1 : (x > y ? 1 : 0);
      return order !== 0 ? order * self.sortDir
        : a.rank - b.rank || (a.where < b.where ? -1 : (a.where > b.where ? 1 : 0));
    });
    COLUMNS.forEach(function (c) {
      var state = c.key === self.sortKey ? (self.sortDir > 0 ? 'ascending' : 'descending') : 'none';
      self.headers[c.key].setAttribute('aria-sort', state);
    });
    this.render();
  };

  Panel.prototype.render = function () {
    var self = this;
    var pages = Math.max(1, Math.ceil(this.view.length / PAGE_SIZE));
    this.page = Math.min(Math.max(this.page, 0), pages - 1);
    var start = this.page * PAGE_SIZE;
    var slice = this.view.slice(start, start + PAGE_SIZE);
    var fragment = document.createDocumentFragment();
    slice.forEach(function (r) { fragment.appendChild(self.row(r)); });
    this.body.replaceChildren(fragment);
    this.count.textContent = this.view.length + ' of ' + this.rows.length + ' findings';
    this.root.dataset.shown = String(this.view.length);
    this.pageLabel.textContent = 'Page ' + (this.page + 1) + ' of ' + pages;
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
  };

  Panel.prototype.row = function (r) {
    var self = this;
    var tr = el('tr');
    tr.dataset.id = r.id;
    tr.appendChild(el('td', 'bs-sev bs-sev-' + r.severity, r.severity.toUpperCase()));
    tr.appendChild(el('td', 'bs-rule', r.rule));
    tr.appendChild(el('td', 'bs-where', r.where));
    tr.appendChild(el('td', 'bs-created', r.createdBy || ''));
    tr.appendChild(el('td', r.hidden ? 'bs-hidden-marker' : '', r.hidden));
    tr.appendChild(el('td', '', r.attribution));
    tr.appendChild(el('td', '', r.status));
    tr.appendChild(el('td', '', r.validated));
    tr.appendChild(el('td', 'bs-mono', r.redacted));
    tr.appendChild(el('td', 'bs-mono', r.shortFingerprint));
    var cell = el('td');
    var button = el('button', 'bs-open', 'Details');
    button.type = 'button';
    button.addEventListener('click', function () { self.show(r); });
    cell.appendChild(button);
    tr.appendChild(cell);
    return tr;
  };

  Panel.prototype.show = function (r) {
    var self = this;
    var rule = this.rules[r.rule] || {};
    this.detail.replaceChildren();
    this.detail.appendChild(el('h2', '', (rule.title || r.title) + ' (' + r.severity + ')'));
    var dl = el('dl');
    [['Rule', r.rule], ['Target', r.target], ['Where', r.where], ['Layer created by', r.createdBy],
      ['Hidden', r.hidden], ['Status', r.status], ['Waiver justification', r.justification],
      ['Attribution', r.attribution], ['Validated', r.validated], ['Redacted', r.redacted],
      ['Fingerprint', r.fingerprint], ['Finding ID', r.id]].forEach(function (pair) {
      if (pair[1]) {
        dl.appendChild(el('dt', '', pair[0]));
        dl.appendChild(el('dd', '', pair[1]));
      }
    });
    this.detail.appendChild(dl);
    this.detail.appendChild(el('h3', '', 'What to do'));
    if (rule.description) {
      this.detail.appendChild(el('p', '', rule.description));
    }
    this.detail.appendChild(el('p', 'bs-help', rule.help || this.genericHelp));
    if (r.hidden) {
      this.detail.appendChild(el('p', 'bs-hidden-marker', DELETION_HELP));
    }
    var close = el('button', 'bs-close', 'Close');
    close.type = 'button';
    close.addEventListener('click', function () { self.detail.hidden = true; });
    this.detail.appendChild(close);
    this.detail.hidden = false;
    this.detail.scrollIntoView({ block: 'nearest' });
  };

  function fail(root, message) {
    root.appendChild(el('p', 'bs-error', message));
  }

  function init(root) {
    if (root.dataset.bsReady) {
      return;
    }
    root.dataset.bsReady = 'true';
    var url = root.dataset.rowsUrl;
    if (url) {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('HTTP ' + response.status);
          }
          return response.json();
        })
        .then(function (data) { new Panel(root, data); })
        .catch(function (e) { fail(root, 'Could not load findings: ' + e.message); });
      return;
    }
    var block = document.getElementById(root.dataset.dataId || 'bs-data');
    if (!block) {
      fail(root, 'No findings data in this page.');
      return;
    }
    new Panel(root, JSON.parse(block.textContent));
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-bs-findings]'), init);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
