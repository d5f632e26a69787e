/*
 * Findings panel of baked-secrets. Reads rows from the URL in data-rows-url, or from the JSON block named by
 * data-data-id, and renders a sortable, filterable, paged table with a detail view. Everything is built with
 * createElement and textContent: report data is never parsed as HTML, and no style attribute is ever set (the page
 * may run under a strict Content-Security-Policy). With data-bs-look="jenkins" the Jenkins design library's classes
 * are used, so the panel follows the Jenkins theme; otherwise the standalone report's own look.
 * Every text about a finding (the location in words, counts) is worked out in Java; this script only arranges it.
 */
(function () {
  'use strict';

  var PAGE_SIZE = 100;
  var NO_FINDINGS = 'No findings: no secrets were found in what was scanned.';
  var NO_MATCH = 'No findings match these filters.';
  var SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
  var COLUMNS = [
    { key: 'severity', label: 'Severity', css: 'bs-col-sev', sort: function (r) { return r.rank; } },
    { key: 'rule', label: 'Rule', css: 'bs-col-rule', sort: function (r) { return r.rule; } },
    { key: 'location', label: 'Location', css: 'bs-col-loc', sort: function (r) { return r.location; } },
    { key: 'layer', label: 'Layer', css: 'bs-col-layer', sort: function (r) { return r.layer; } },
    { key: 'status', label: 'Status', css: 'bs-col-status', sort: function (r) { return r.status; } },
    { key: 'preview', label: 'Preview', css: 'bs-col-preview' }
  ];
  var DELETION_HELP = 'This file is deleted or replaced by a later layer, but that does not remove it: an image ' +
    'ships every layer, and anyone who pulls the image can extract the earlier layer and read the file. Only ' +
    'rebuilding without the secret removes it.';
  var LOOKS = {
    standalone: {
      table: 'bs-table bs-dynamic', button: '', select: '', selectWrapper: '', input: '', empty: 'bs-empty',
      badge: function (severity) { return 'bs-badge bs-sev bs-sev-' + severity; }
    },
    jenkins: {
      table: 'jenkins-table jenkins-table--small bs-dynamic', button: 'jenkins-button', select: 'jenkins-select__input',
      selectWrapper: 'jenkins-select', input: 'jenkins-input', empty: 'bs-empty jenkins-notice',
      badge: function (severity) {
        var colour = { critical: 'dark-red', high: 'red', medium: 'orange', low: 'blue' }[severity];
        return 'jenkins-badge' + (colour ? ' jenkins-!-color-' + colour : '');
      }
    }
  };
  var panels = 0;

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

  function button(className, text, onClick) {
    var b = el('button', className, text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function Panel(root, data) {
    this.root = root;
    this.look = LOOKS[root.dataset.bsLook] || LOOKS.standalone;
    this.id = 'bs-panel-' + (panels += 1);
    this.rows = data.rows || [];
    this.rules = data.rules || {};
    this.kinds = data.kinds || {};
    this.total = data.total === undefined ? this.rows.length : data.total;
    this.waived = data.waived || 0;
    this.genericHelp = data.genericHelp || '';
    this.sortKey = 'severity';
    this.sortDir = 1;
    this.page = 0;
    this.view = this.rows.slice();
    this.build();
    this.apply();
  }

  Panel.prototype.select = function (name, label, options) {
    var self = this;
    var wrapper = el('div', 'bs-filter');
    var caption = el('label', '', label);
    var box = el('select', this.look.select);
    box.name = name;
    box.id = this.id + '-' + name;
    caption.htmlFor = box.id;
    box.appendChild(new Option('all', ''));
    options.forEach(function (o) { box.appendChild(new Option(o[1], o[0])); });
    box.addEventListener('change', function () { self.page = 0; self.apply(); });
    wrapper.appendChild(caption);
    if (this.look.selectWrapper) {
      var frame = el('div', this.look.selectWrapper);
      frame.appendChild(box);
      wrapper.appendChild(frame);
    } else {
      wrapper.appendChild(box);
    }
    this.controls.appendChild(wrapper);
    return box;
  };

  Panel.prototype.statuses = function () {
    var seen = {};
    this.rows.forEach(function (r) { seen[r.status || ''] = true; });
    return Object.keys(seen).sort().map(function (s) { return [s === '' ? '-' : s, s === '' ? '(no status)' : s]; });
  };

  Panel.prototype.build = function () {
    var self = this;
    this.root.classList.add('bs-findings');
    this.controls = el('div', 'bs-controls');
    this.severity = this.select('severity', 'Severity', SEVERITIES.map(function (s) { return [s, s]; }));
    this.kind = this.select('kind', 'Kind', Object.keys(this.kinds).map(function (k) { return [k, self.kinds[k]]; }));
    this.status = this.select('status', 'Status', this.statuses());
    this.search = el('input', ('bs-search ' + this.look.input).trim());
    this.search.type = 'search';
    this.search.placeholder = 'Search path, key, rule, fingerprint';
    this.search.setAttribute('aria-label', 'Search findings');
    this.search.addEventListener('input', function () { self.page = 0; self.apply(); });
    this.controls.appendChild(this.search);
    this.count = el('span', 'bs-count');
    this.count.setAttribute('role', 'status');
    this.controls.appendChild(this.count);
    this.empty = el('div', this.look.empty);
    this.empty.setAttribute('role', 'status');
    this.empty.hidden = true;
    this.detail = el('section', 'bs-detail');
    this.detail.hidden = true;
    this.table = el('table', this.look.table);
    this.table.appendChild(this.header());
    this.body = el('tbody');
    this.table.appendChild(this.body);
    this.tableWrap = el('div', 'bs-table-wrap');
    this.tableWrap.appendChild(this.table);
    Array.prototype.forEach.call(this.root.querySelectorAll('.bs-static'), function (n) { n.remove(); });
    [this.controls, this.empty, this.detail, this.pager(), this.tableWrap].forEach(function (n) {
      self.root.appendChild(n);
    });
  };

  Panel.prototype.header = function () {
    var self = this;
    var head = el('thead');
    var tr = el('tr');
    this.headers = {};
    COLUMNS.forEach(function (col) {
      var th = el('th', col.css);
      th.dataset.key = col.key;
      if (col.sort) {
        th.appendChild(button('bs-sort', col.label, function () { self.sortBy(col.key); }));
        self.headers[col.key] = th;
      } else {
        th.textContent = col.label;
      }
      tr.appendChild(th);
    });
    head.appendChild(tr);
    return head;
  };

  Panel.prototype.pager = function () {
    var self = this;
    this.pagerBox = el('div', 'bs-pager');
    this.prev = button(('bs-prev ' + this.look.button).trim(), 'Previous', function () {
      self.page -= 1;
      self.render();
    });
    this.next = button(('bs-next ' + this.look.button).trim(), 'Next', function () {
      self.page += 1;
      self.render();
    });
    this.pageLabel = el('span', 'bs-page');
    this.pagerBox.appendChild(this.prev);
    this.pagerBox.appendChild(this.pageLabel);
    this.pagerBox.appendChild(this.next);
    return this.pagerBox;
  };

  Panel.prototype.sortBy = function (key) {
    this.sortDir = this.sortKey === key ? -this.sortDir : 1;
    this.sortKey = key;
    this.page = 0;
    this.apply();
  };

  function haystack(r) {
    if (r.haystack === undefined) {
      r.haystack = [r.location, r.kindLabel, r.where, r.rule, r.title, r.key, r.createdBy, r.hidden, r.status,
        r.redacted, r.fingerprint, r.target].join('\n').toLowerCase();
    }
    return r.haystack;
  }

  Panel.prototype.matches = function (r, filter) {
    if (filter.severity && r.severity !== filter.severity) {
      return false;
    }
    if (filter.kind && r.kind !== filter.kind) {
      return false;
    }
    if (filter.status && (r.status || '') !== (filter.status === '-' ? '' : filter.status)) {
      return false;
    }
    return !filter.needle || haystack(r).indexOf(filter.needle) >= 0;
  };

  function compare(x, y) {
    return x < y ? -1 : (x > y ? 1 : 0);
  }

  /** Orders by a column in the chosen direction; rows without a value (a layer, say) come last either way. */
  function byColumn(column, direction) {
    return function (a, b) {
      var x = column.sort(a);
      var y = column.sort(b);
      if (x === undefined || y === undefined) {
        return (x === undefined) - (y === undefined);
      }
      return compare(x, y) * direction;
    };
  }

  Panel.prototype.apply = function () {
    var self = this;
    var filter = { severity: this.severity.value, kind: this.kind.value, status: this.status.value,
      needle: this.search.value.trim().toLowerCase() };
    var order = byColumn(COLUMNS.filter(function (c) { return c.key === self.sortKey; })[0], this.sortDir);
    this.view = this.rows.filter(function (r) { return self.matches(r, filter); });
    this.view.sort(function (a, b) { return order(a, b) || a.rank - b.rank || compare(a.location, b.location); });
    Object.keys(this.headers).forEach(function (key) {
      var state = key === self.sortKey ? (self.sortDir > 0 ? 'ascending' : 'descending') : 'none';
      self.headers[key].setAttribute('aria-sort', state);
    });
    this.render();
  };

  Panel.prototype.render = function () {
    var self = this;
    var pages = Math.max(1, Math.ceil(this.view.length / PAGE_SIZE));
    this.page = Math.min(Math.max(this.page, 0), pages - 1);
    var start = this.page * PAGE_SIZE;
    var fragment = document.createDocumentFragment();
    this.view.slice(start, start + PAGE_SIZE).forEach(function (r) { fragment.appendChild(self.row(r)); });
    this.body.replaceChildren(fragment);
    this.count.textContent = this.view.length + ' of ' + this.total + (this.total === 1 ? ' finding' : ' findings')
      + ' \u00b7 ' + this.waived + ' waived';
    this.root.dataset.shown = String(this.view.length);
    this.empty.replaceChildren(el('div', '', this.rows.length === 0 ? NO_FINDINGS : NO_MATCH));
    this.empty.hidden = this.view.length > 0;
    this.controls.hidden = this.rows.length === 0;
    this.tableWrap.hidden = this.view.length === 0;
    this.pagerBox.hidden = pages < 2;
    this.pageLabel.textContent = 'Page ' + (this.page + 1) + ' of ' + pages;
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
  };

  Panel.prototype.location = function (r) {
    var self = this;
    var cell = el('td', 'bs-col-loc');
    cell.appendChild(el('div', 'bs-loc-main', r.location));
    var kind = el('div', 'bs-loc-kind');
    kind.appendChild(el('span', 'bs-loc-label', r.kindLabel));
    if (r.hidden) {
      kind.appendChild(el('span', 'bs-marker bs-hidden-marker', r.hidden));
    }
    if (r.status === 'waived') {
      kind.appendChild(el('span', 'bs-marker bs-waived-marker', 'waived'));
    }
    var open = button('bs-open', 'Details', function () { self.show(r); });
    open.setAttribute('aria-label', 'Details of ' + r.rule + ' at ' + r.location);
    kind.appendChild(open);
    cell.appendChild(kind);
    return cell;
  };

  Panel.prototype.row = function (r) {
    var tr = el('tr');
    tr.dataset.id = r.id;
    var severity = el('td', 'bs-col-sev');
    severity.appendChild(el('span', this.look.badge(r.severity), r.severity.toUpperCase()));
    tr.appendChild(severity);
    var rule = el('td', 'bs-col-rule', r.rule);
    rule.title = r.title;
    tr.appendChild(rule);
    tr.appendChild(this.location(r));
    tr.appendChild(el('td', 'bs-col-layer', r.layer === undefined ? '' : r.layer));
    tr.appendChild(el('td', 'bs-col-status', r.status));
    tr.appendChild(el('td', 'bs-col-preview bs-mono', r.redacted));
    return tr;
  };

  Panel.prototype.show = function (r) {
    var self = this;
    var rule = this.rules[r.rule] || {};
    this.detail.replaceChildren();
    var title = el('h2', '', (rule.title || r.title) + ' (' + r.severity + ')');
    title.tabIndex = -1;
    this.detail.appendChild(title);
    var dl = el('dl');
    [['Rule', r.rule], ['Target', r.target], ['Location', r.location], ['Kind', r.kindLabel],
      ['Layer created by', r.createdBy], ['Hidden', r.hidden], ['Status', r.status],
      ['Waiver justification', r.justification], ['Attribution', r.attribution], ['Validated', r.validated],
      ['Redacted preview', r.redacted], ['Fingerprint', r.fingerprint], ['Finding ID', r.id]].forEach(function (pair) {
      if (pair[1] !== undefined && pair[1] !== '') {
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
    this.detail.appendChild(button(('bs-close ' + this.look.button).trim(), 'Close', function () {
      self.detail.hidden = true;
    }));
    this.detail.hidden = false;
    this.detail.scrollIntoView({ block: 'nearest' });
    title.focus({ preventScroll: true });
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
