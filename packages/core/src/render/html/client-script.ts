/**
 * The page's only script: the all-tests table (search, status filter, sort, virtual scrolling)
 * and the detail view. Plain ES2017 in a string, so the report needs no bundler and no fetch.
 * Test data reaches the DOM only through textContent and createElement, never innerHTML.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var total = data.name.length;
  var STATUS_NAMES = { p: 'passed', f: 'failed', e: 'errored', s: 'skipped', k: 'flaky' };
  var STATUS_RANK = { f: 0, e: 1, k: 2, s: 3, p: 4 };
  var ROW_HEIGHT = 30;
  var OVERSCAN = 8;
  var SEARCH_DELAY_MS = 150;

  var viewport = document.getElementById('viewport');
  var spacer = document.getElementById('spacer');
  var rowsBox = document.getElementById('rows');
  var countLabel = document.getElementById('result-count');
  var searchBox = document.getElementById('search');
  var detailBox = document.getElementById('detail');
  var sortButtons = document.querySelectorAll('[data-sort]');
  var statusBoxes = document.querySelectorAll('#status-filter input[type=checkbox]');

  var state = { query: '', statuses: {}, sortKey: 'status', sortDir: 1, selected: -1 };
  var sorted = null;
  var view = new Int32Array(total);
  var viewLength = 0;
  var haystack = null;
  var lastRange = '';

  statusBoxes.forEach(function (box) { state.statuses[box.value] = box.checked; });

  function suiteOf(i) { return data.suites[data.suite[i]]; }
  function fileOf(i) { return data.file[i] < 0 ? '' : data.files[data.file[i]]; }

  function formatDuration(ms) {
    if (ms < 1000) return (ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)) + ' ms';
    var s = ms / 1000;
    if (s < 60) return s.toFixed(s < 10 ? 2 : 1) + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min ' + Math.round(s - m * 60) + ' s';
    var h = Math.floor(m / 60);
    return h + ' h ' + (m - h * 60) + ' min';
  }

  function compareText(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  var COMPARATORS = {
    name: function (a, b) { return compareText(data.name[a], data.name[b]); },
    suite: function (a, b) { return compareText(suiteOf(a), suiteOf(b)) || compareText(data.name[a], data.name[b]); },
    duration: function (a, b) { return data.durationMs[a] - data.durationMs[b]; },
    status: function (a, b) { return STATUS_RANK[data.status[a]] - STATUS_RANK[data.status[b]]; }
  };

  function sortAll() {
    var compare = COMPARATORS[state.sortKey];
    var dir = state.sortDir;
    var indices = new Array(total);
    for (var i = 0; i < total; i++) indices[i] = i;
    indices.sort(function (a, b) { return dir * compare(a, b) || a - b; });
    sorted = indices;
  }

  function isNew(i) { var detail = data.details[i]; return !!(detail && detail.newFailure); }

  // Failure types and messages are searchable too: "ECONNREFUSED" finds every test that hit it.
  function messagesOf(i) {
    var detail = data.details[i];
    if (!detail) return '';
    var parts = [];
    detail.attempts.forEach(function (attempt) {
      if (attempt.type) parts.push(attempt.type);
      if (attempt.message) parts.push(attempt.message);
    });
    return parts.join('\u0000');
  }

  function buildHaystack() {
    haystack = new Array(total);
    for (var i = 0; i < total; i++) {
      haystack[i] = (data.name[i] + '\u0000' + suiteOf(i) + '\u0000' + fileOf(i) + '\u0000' + messagesOf(i)).toLowerCase();
    }
  }

  function applyFilter() {
    var query = state.query;
    if (query && !haystack) buildHaystack();
    var n = 0;
    for (var k = 0; k < total; k++) {
      var i = sorted[k];
      if (!state.statuses[data.status[i]]) continue;
      if (query && haystack[i].indexOf(query) === -1) continue;
      view[n++] = i;
    }
    viewLength = n;
    countLabel.textContent = 'Showing ' + n.toLocaleString('en-US') + ' of ' + total.toLocaleString('en-US') + ' tests';
    countLabel.setAttribute('data-query', query);
    spacer.style.height = Math.max(n * ROW_HEIGHT, ROW_HEIGHT) + 'px';
    lastRange = '';
    renderRows();
  }

  function cell(text, className) {
    var el = document.createElement('div');
    el.setAttribute('role', 'cell');
    el.className = className;
    el.textContent = text;
    el.title = text;
    return el;
  }

  function renderRows() {
    var first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    var last = Math.min(viewLength, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    var range = first + ':' + last + ':' + state.selected;
    if (range === lastRange) return;
    lastRange = range;
    var fragment = document.createDocumentFragment();
    if (viewLength === 0) {
      var empty = document.createElement('div');
      empty.className = 'row empty';
      empty.textContent = 'No test matches the search and status filter.';
      fragment.appendChild(empty);
    }
    for (var k = first; k < last; k++) {
      var i = view[k];
      var status = STATUS_NAMES[data.status[i]];
      var row = document.createElement('div');
      row.className = 'row' + (i === state.selected ? ' selected' : '');
      row.setAttribute('role', 'row');
      row.setAttribute('tabindex', '0');
      row.setAttribute('data-index', String(i));
      // The name cell holds the "new" marker beside the name, so the name's own element is the name alone.
      var nameCell = document.createElement('div');
      nameCell.setAttribute('role', 'cell');
      nameCell.className = 'c-name-cell';
      if (isNew(i)) nameCell.appendChild(newBadge());
      var name = cell(data.name[i], 'c-name');
      name.removeAttribute('role');
      nameCell.appendChild(name);
      row.appendChild(nameCell);
      row.appendChild(cell(suiteOf(i), 'c-suite'));
      var statusCell = cell('', 'c-status');
      var badge = document.createElement('span');
      badge.className = 'badge badge-' + status;
      badge.textContent = status;
      statusCell.appendChild(badge);
      row.appendChild(statusCell);
      row.appendChild(cell(formatDuration(data.durationMs[i]), 'c-duration num'));
      fragment.appendChild(row);
    }
    rowsBox.style.transform = 'translateY(' + first * ROW_HEIGHT + 'px)';
    rowsBox.replaceChildren(fragment);
  }

  function newBadge() {
    var badge = document.createElement('span');
    badge.className = 'badge badge-new';
    badge.textContent = 'new';
    if (data.newSince) badge.title = 'New failure since ' + data.newSince;
    return badge;
  }

  // Only a relative path without '..' names a file in the repository.
  function isLinkable(path) {
    return path !== '' && !/^(\/|[A-Za-z]:\/)/.test(path) && path.split('/').indexOf('..') === -1;
  }

  function addText(parent, tag, text, className) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function fileLink(file, line) {
    var text = line !== undefined ? file + ':' + line : file;
    var base = data.fileLinkBase;
    var relative = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (!base || !/^https?:\/\//.test(base) || !isLinkable(relative)) return addText(document.createDocumentFragment(), 'code', text);
    var a = document.createElement('a');
    var path = relative.split('/').map(encodeURIComponent).join('/');
    a.href = base + path + (line !== undefined ? '#L' + line : '');
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    addText(a, 'code', text);
    return a;
  }

  function addField(list, label, value) {
    if (value === undefined || value === '') return;
    addText(list, 'dt', label);
    var dd = document.createElement('dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.appendChild(value);
    list.appendChild(dd);
  }

  function addBlock(parent, label, text, open) {
    if (!text) return;
    var box = document.createElement('details');
    box.open = open;
    addText(box, 'summary', label);
    addText(box, 'pre', text);
    parent.appendChild(box);
  }

  function showDetail(i) {
    state.selected = i;
    lastRange = '';
    renderRows();
    var detail = data.details[i];
    var status = STATUS_NAMES[data.status[i]];
    var content = document.createDocumentFragment();
    var head = document.createElement('div');
    head.className = 'detail-head';
    var title = document.createElement('div');
    title.className = 'detail-title';
    if (isNew(i)) title.appendChild(newBadge());
    addText(title, 'h3', data.name[i], 'detail-name');
    head.appendChild(title);
    var close = addText(head, 'button', 'Close', 'close');
    close.type = 'button';
    close.addEventListener('click', function () { detailBox.hidden = true; state.selected = -1; lastRange = ''; renderRows(); });
    content.appendChild(head);
    var fields = document.createElement('dl');
    addField(fields, 'Suite', suiteOf(i));
    if (detail) addField(fields, 'Class', detail.classname);
    if (fileOf(i)) addField(fields, 'File', fileLink(fileOf(i), detail ? detail.line : undefined));
    addField(fields, 'Status', status);
    if (isNew(i)) addField(fields, 'Compared', 'New failure' + (data.newSince ? ' since ' + data.newSince : ': not failing in the base run'));
    addField(fields, 'Duration', formatDuration(data.durationMs[i]));
    if (detail) {
      addField(fields, 'Category', detail.category);
      addField(fields, 'Marker', detail.marker);
      addField(fields, 'Attempts', String(detail.attempts.length));
    }
    content.appendChild(fields);
    if (!detail) {
      addText(content, 'p', status === 'passed' ? 'Passed; the report keeps no output for passing tests.' : 'Skipped.', 'muted');
    } else {
      if (detail.trimmed) addText(content, 'p', 'Stack traces or output were left out of this page to keep it small; see the raw report files.', 'muted');
      if (detail.truncated) addText(content, 'p', 'Shortened when read: ' + detail.truncated.join(', '), 'muted');
      detail.attempts.forEach(function (attempt, n) {
        var box = document.createElement('section');
        box.className = 'attempt attempt-' + attempt.status;
        var where = [attempt.shard ? 'shard ' + attempt.shard : '', attempt.source || '', attempt.startedAt || ''].filter(Boolean).join(' · ');
        addText(box, 'h4', 'Attempt ' + (n + 1) + ' of ' + detail.attempts.length + ': ' + attempt.status + ', ' + formatDuration(attempt.durationMs) + (where ? ' (' + where + ')' : ''));
        if (attempt.type || attempt.message) {
          addText(box, 'pre', (attempt.type ? attempt.type + (attempt.message ? ': ' : '') : '') + (attempt.message || ''), 'message');
        }
        addBlock(box, 'Stack trace', attempt.body, true);
        addBlock(box, 'stdout', attempt.stdout, false);
        addBlock(box, 'stderr', attempt.stderr, false);
        content.appendChild(box);
      });
    }
    detailBox.replaceChildren(content);
    detailBox.hidden = false;
    detailBox.scrollIntoView({ block: 'nearest' });
  }

  function setSort(key) {
    if (state.sortKey === key) state.sortDir = -state.sortDir;
    else { state.sortKey = key; state.sortDir = key === 'duration' ? -1 : 1; }
    sortButtons.forEach(function (button) {
      var active = button.getAttribute('data-sort') === state.sortKey;
      button.parentNode.setAttribute('aria-sort', active ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
    sortAll();
    viewport.scrollTop = 0;
    applyFilter();
  }

  var searchTimer = 0;
  searchBox.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      state.query = searchBox.value.trim().toLowerCase();
      viewport.scrollTop = 0;
      applyFilter();
    }, SEARCH_DELAY_MS);
  });
  statusBoxes.forEach(function (box) {
    box.addEventListener('change', function () {
      state.statuses[box.value] = box.checked;
      viewport.scrollTop = 0;
      applyFilter();
    });
  });
  sortButtons.forEach(function (button) {
    button.addEventListener('click', function () { setSort(button.getAttribute('data-sort')); });
  });
  viewport.addEventListener('scroll', renderRows, { passive: true });
  window.addEventListener('resize', function () { lastRange = ''; renderRows(); });
  rowsBox.addEventListener('click', function (event) {
    var row = event.target.closest('.row[data-index]');
    if (row) showDetail(Number(row.getAttribute('data-index')));
  });
  rowsBox.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var row = event.target.closest('.row[data-index]');
    if (row) { event.preventDefault(); showDetail(Number(row.getAttribute('data-index'))); }
  });

  sortAll();
  applyFilter();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
