/* Vigie register report: filters of the facts table, the timeline and the summary charts.
   Every text of the data is shown with textContent or escaped: nothing of an article is markup. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('vigie-data').textContent);
  var form = document.getElementById('filters');
  var facts = Array.prototype.slice.call(document.querySelectorAll('tbody.fact'));
  var FIELDS = ['actor', 'actorType', 'tool', 'category', 'status', 'from', 'to', 'conflicts', 'fact'];
  var COLOURS = { LEGAL: '#2e7d32', EXPERIMENTAL: '#ef6c00', ILLEGAL: '#c62828', UNKNOWN: '#757575', CONFLICT: '#6a1b9a' };
  var charts = [];

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function readHash() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (p) {
      var i = p.indexOf('=');
      if (i > 0) {
        try { out[decodeURIComponent(p.slice(0, i))] = decodeURIComponent(p.slice(i + 1)); } catch (e) { /* ignored */ }
      }
    });
    return out;
  }

  function state() {
    var s = {};
    FIELDS.forEach(function (f) {
      var el = form.elements[f];
      if (!el) { return; }
      if (el.type === 'checkbox') { if (el.checked) { s[f] = '1'; } } else if (el.value !== '') { s[f] = el.value; }
    });
    return s;
  }

  function matches(row, s) {
    var d = row.dataset;
    if (s.fact && d.id !== s.fact) { return false; }
    if (s.actor && d.actor !== s.actor) { return false; }
    if (s.actorType && d.actorType !== s.actorType) { return false; }
    if (s.tool && d.tool !== s.tool) { return false; }
    if (s.category && d.category !== s.category) { return false; }
    if (s.status && d.statuses.split(' ').indexOf(s.status) < 0) { return false; }
    if (s.conflicts && d.conflict !== '1') { return false; }
    if (s.from || s.to) {
      if (d.begin === '') { return false; }
      if (s.from && Number(d.last) < Number(s.from)) { return false; }
      if (s.to && Number(d.begin) > Number(s.to)) { return false; }
    }
    return true;
  }

  function apply(writeHash) {
    var s = state();
    var visible = {};
    var shown = 0;
    facts.forEach(function (row) {
      var ok = matches(row, s);
      row.hidden = !ok;
      if (ok) { shown++; visible[row.dataset.id] = true; }
      if (ok && s.fact) { row.querySelector('details').open = true; }
    });
    document.getElementById('shown').textContent = String(shown);
    if (writeHash) {
      var parts = Object.keys(s).map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(s[k]); });
      try { history.replaceState(null, '', '#' + view + (parts.length ? '&' + parts.join('&') : '')); } catch (e) { /* a browser that refuses */ }
    }
    if (view === 'timeline') { drawTimeline(visible); }
  }

  var VIEWS = ['summary', 'facts', 'timeline'];
  var view = 'summary';
  function showView(v) {
    view = VIEWS.indexOf(v) >= 0 ? v : 'summary';
    VIEWS.forEach(function (id) { document.getElementById(id).hidden = id !== view; });
    document.getElementById('filter-bar').hidden = view === 'summary';
    Array.prototype.forEach.call(document.querySelectorAll('nav a'), function (a) {
      a.className = a.getAttribute('href') === '#' + view ? 'active' : '';
    });
    charts.forEach(function (c) { c.resize(); });
  }

  function fromHash() {
    showView(location.hash.replace(/^#/, '').split('&')[0]);
    var h = readHash();
    FIELDS.forEach(function (f) {
      var el = form.elements[f];
      if (!el) { return; }
      if (el.type === 'checkbox') { el.checked = h[f] === '1'; } else { el.value = h[f] || ''; }
    });
  }

  var timeline = null;
  function drawTimeline(visible) {
    var el = document.getElementById('timeline-chart');
    var note = document.getElementById('timeline-undated');
    var rows = [];
    var rowIndex = {};
    var items = [];
    var undated = 0;
    data.timeline.forEach(function (t) {
      if (!visible[t.id]) { return; }
      if (t.from === null) { undated++; return; }
      var key = t.actor + ' · ' + t.tool;
      if (!(key in rowIndex)) { rowIndex[key] = rows.length; rows.push(key); }
      items.push({ value: [rowIndex[key], t.from, t.to + 1], fact: t, itemStyle: { color: COLOURS[t.status] } });
    });
    note.textContent = undated === 0 ? '' : undated + (undated === 1 ? ' fact shown in the table gives no year and is' : ' facts shown in the table give no year and are') + ' not drawn.';
    if (typeof echarts === 'undefined') { el.textContent = 'The charting library did not load.'; return; }
    el.style.height = Math.max(160, rows.length * 26 + 70) + 'px';
    if (timeline) { timeline.dispose(); }
    timeline = echarts.init(el, null, { renderer: 'canvas' });
    var minYear = Infinity, maxYear = -Infinity;
    items.forEach(function (i) { minYear = Math.min(minYear, i.value[1]); maxYear = Math.max(maxYear, i.value[2]); });
    if (!isFinite(minYear)) { minYear = 2000; maxYear = 2001; }
    timeline.setOption({
      animation: false,
      grid: { left: 12, right: 24, top: 30, bottom: 30, containLabel: true },
      tooltip: {
        formatter: function (p) {
          var t = p.data.fact;
          return '<b>' + esc(t.actor) + '</b> · ' + esc(t.action) + ' · ' + esc(t.tool) + '<br>' + esc(t.period)
            + '<br>' + esc(t.statuses) + (t.conflict ? '<br>sources disagree: ' + esc(t.conflict) : '')
            + '<br>' + esc(t.sources) + (t.sources === 1 ? ' source' : ' sources');
        }
      },
      xAxis: { type: 'value', position: 'top', min: minYear, max: maxYear, interval: 1, axisLabel: { formatter: function (v) { return String(v); } } },
      yAxis: { type: 'category', data: rows, inverse: true, axisLabel: { width: 360, overflow: 'truncate' } },
      series: [{
        type: 'custom',
        encode: { x: [1, 2], y: 0 },
        data: items,
        renderItem: function (params, api) {
          var start = api.coord([api.value(1), api.value(0)]);
          var end = api.coord([api.value(2), api.value(0)]);
          var h = api.size([0, 1])[1] * 0.6;
          var rect = echarts.graphic.clipRectByRect(
            { x: start[0], y: start[1] - h / 2, width: Math.max(2, end[0] - start[0]), height: h },
            { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
          return rect && { type: 'rect', shape: rect, style: api.style({ opacity: 0.85 }) };
        }
      }]
    });
  }

  function bar(id, counts, colour) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') { return; }
    var keys = Object.keys(counts);
    var c = echarts.init(el, null, { renderer: 'canvas' });
    charts.push(c);
    c.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 12, containLabel: true },
      tooltip: { formatter: function (p) { return esc(p.name) + ': ' + esc(p.value); } },
      xAxis: { type: 'category', data: keys, axisLabel: { interval: 0, rotate: keys.length > 6 ? 35 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: keys.map(function (k) { return counts[k]; }), itemStyle: { color: colour } }]
    });
  }

  bar('chart-category', data.summary.factsByCategory, '#37474f');
  bar('chart-actor-type', data.summary.factsByActorType, '#546e7a');
  bar('chart-documents-year', data.summary.documentsByYear, '#78909c');
  bar('chart-facts-year', data.summary.factsByYear, '#455a64');

  Array.prototype.forEach.call(document.querySelectorAll('nav a'), function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      showView(a.getAttribute('href').slice(1));
      apply(true);
    });
  });
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('input', function () { apply(true); });
  form.addEventListener('reset', function () { setTimeout(function () { form.elements.fact.value = ''; apply(true); }, 0); });
  window.addEventListener('hashchange', function () { fromHash(); apply(false); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); if (timeline) { timeline.resize(); } });
  fromHash();
  apply(false);
  document.documentElement.setAttribute('data-report-ready', '1');
}());
