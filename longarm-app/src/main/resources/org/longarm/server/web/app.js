// Longarm web UI: plain JavaScript, no outside assets. Every value that comes from the API (articles are untrusted)
// is put into the page as text: elements are built with el() and textContent, never with innerHTML.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const PAGE = 50;
  const TYPES = ['DEFECTION', 'PURSUIT', 'ASSASSINATION', 'ABDUCTION', 'FORCED_RETURN', 'SURVEILLANCE',
    'COERCION_BY_PROXY', 'EXECUTION', 'THREAT', 'COUNTERMEASURE'];
  const STATUSES = ['ORDERED', 'PLANNED', 'ATTEMPTED', 'COMPLETED', 'FOILED', 'ONGOING'];
  const COLORS = {
    DEFECTION: '#4e79a7', PURSUIT: '#f28e2b', ASSASSINATION: '#e15759', ABDUCTION: '#b07aa1', FORCED_RETURN: '#76b7b2',
    SURVEILLANCE: '#59a14f', COERCION_BY_PROXY: '#edc948', EXECUTION: '#9c2f2f', THREAT: '#ff9da7', COUNTERMEASURE: '#9c755f'
  };
  const FILTERS = ['q', 'type', 'status', 'country', 'since', 'until'];
  const main = document.getElementById('main');
  let generation = 0; // bumps on every navigation, so late answers of an old view are dropped

  // ---- DOM helpers: text only ----
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    setAttrs(e, attrs);
    append(e, children);
    return e;
  }
  function setAttrs(e, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = String(v);
      else if (k === 'class') e.setAttribute('class', v);
      else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else if (k === 'href') e.setAttribute('href', safeHref(String(v)));
      else e.setAttribute(k, String(v));
    }
  }
  function append(e, children) {
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  // Links from article data may say javascript:, data: and the like: only http(s), relative and fragment links pass.
  function safeHref(h) {
    if (h.startsWith('#') || h.startsWith('/')) return h.startsWith('//') ? '#' : h;
    try {
      const u = new URL(h);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
    } catch (e) {
      return '#';
    }
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }
  function show(...nodes) {
    clear(main);
    append(main, nodes);
  }
  function incidentHref(id) { return '#/incident/' + encodeURIComponent(id); }
  function articleHref(id) { return '#/article/' + encodeURIComponent(id); }
  function or(v, d) { return v === null || v === undefined || v === '' ? (d === undefined ? '?' : d) : v; }
  function label(s) { return String(s).toLowerCase().replace(/_/g, ' '); }

  // ---- API ----
  async function api(path, options) {
    const r = await fetch(path, Object.assign({ headers: { 'Accept': 'application/json' } }, options || {}));
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const err = new Error(body && body.error ? body.error : 'HTTP ' + r.status);
      err.status = r.status;
      err.field = body ? body.field : null;
      throw err;
    }
    return body;
  }
  function errorBox(e) {
    return el('p', { class: 'error', role: 'alert', text: 'Error: ' + e.message + (e.field ? ' (' + e.field + ')' : '') });
  }

  // ---- routing: #/, #/?q=..., #/incident/ID, #/article/ID, #/timeline, #/map, #/audit ----
  function route() {
    generation++;
    const hash = location.hash || '#/';
    const [path, query] = hash.slice(1).split('?');
    const params = new URLSearchParams(query || '');
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    document.querySelectorAll('nav a[data-nav]').forEach(a => a.classList.remove('active'));
    const nav = parts[0] || 'list';
    const active = document.querySelector('nav a[data-nav="' + nav + '"]');
    if (active) active.classList.add('active');
    const view = { incident: () => incidentView(parts[1]), article: () => articleView(parts[1]),
      timeline: () => timelineView(params), map: () => mapView(params), audit: () => auditView() }[parts[0]];
    (view || (() => listView(params)))().catch(e => show(errorBox(e)));
    window.scrollTo(0, 0);
  }
  window.addEventListener('hashchange', route);
  document.addEventListener('DOMContentLoaded', route);

  function filterQuery(params, extra) {
    const q = new URLSearchParams();
    for (const f of FILTERS) if (params.get(f)) q.set(f, params.get(f));
    for (const [k, v] of Object.entries(extra || {})) q.set(k, v);
    return q.toString();
  }

  // ---- incident list with search and facets ----
  async function listView(params) {
    const gen = generation;
    const form = searchForm(params, '#/');
    const facets = el('aside', { id: 'facets', class: 'facets' });
    const count = el('p', { id: 'result-count', class: 'muted', text: 'Searching…' });
    const tbody = el('tbody');
    const table = el('table', { id: 'results', class: 'results' },
      el('thead', null, el('tr', null, ['Type', 'Status', 'Where', 'When', 'Perpetrator', 'Sources', 'First mention']
        .map(h => el('th', { text: h })))), tbody);
    const more = el('button', { id: 'load-more', type: 'button', text: 'Load more', hidden: 'hidden' });
    const sentinel = el('div', { class: 'sentinel' });
    show(form, el('div', { class: 'with-facets' }, facets, el('section', null, count, table, more, sentinel)));
    let next = null;
    let loading = false;
    async function load(cursor) {
      loading = true;
      const data = await api('/api/incidents?' + filterQuery(params, Object.assign({ limit: PAGE }, cursor ? { cursor } : {})));
      if (gen !== generation) return;
      if (!cursor) {
        count.textContent = data.total + (data.total === 1 ? ' incident' : ' incidents');
        drawFacets(facets, data.facets || {}, params);
      }
      for (const x of data.items) tbody.appendChild(row(x));
      next = data.next;
      more.hidden = !next;
      loading = false;
    }
    more.addEventListener('click', () => { if (next && !loading) load(next).catch(e => more.replaceWith(errorBox(e))); });
    if ('IntersectionObserver' in window) {
      new IntersectionObserver(entries => {
        if (entries.some(e => e.isIntersecting) && next && !loading && gen === generation) load(next).catch(() => {});
      }).observe(sentinel);
    }
    await load(null);
  }

  function row(x) {
    const loc = x.location ? [x.location.place, x.location.country].filter(Boolean).join(', ') : '';
    const time = x.time && (x.time.from || x.time.to) ? or(x.time.from) + ' – ' + or(x.time.to) : '';
    const first = x.mentions && x.mentions.length ? x.mentions[0].text : '';
    return el('tr', { class: 'incident-row', 'data-id': x.id },
      el('td', null, el('a', { href: incidentHref(x.id) }, el('span', { class: 'badge', 'data-type': x.type, text: label(x.type) }))),
      el('td', { text: label(x.status) }),
      el('td', { text: loc }),
      el('td', { text: time }),
      el('td', { text: x.perpetrator ? x.perpetrator.name : '' }),
      el('td', { text: x.corroboration.articles + (x.corroboration.grade ? ' · ' + x.corroboration.grade : '') }),
      el('td', { class: 'snippet' }, el('a', { href: incidentHref(x.id), text: first.length > 160 ? first.slice(0, 157) + '…' : first })));
  }

  function searchForm(params, target) {
    const q = el('input', { id: 'search-q', name: 'q', type: 'search', placeholder: 'Search mentions, names, places', value: params.get('q') || '' });
    const type = select('type', ['', ...TYPES], params.get('type'));
    const status = select('status', ['', ...STATUSES], params.get('status'));
    const country = el('input', { name: 'country', placeholder: 'Country (CHN)', maxlength: 3, size: 6, value: params.get('country') || '' });
    const since = el('input', { name: 'since', type: 'date', value: params.get('since') || '', title: 'since' });
    const until = el('input', { name: 'until', type: 'date', value: params.get('until') || '', title: 'until' });
    const form = el('form', { id: 'search', class: 'search', role: 'search' }, q, type, status, country, since, until,
      el('button', { type: 'submit', text: 'Search' }),
      el('a', { href: target, class: 'reset', text: 'Reset' }));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const p = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) p.set(k, String(v).trim());
      location.hash = target + (p.toString() ? '?' + p : '');
    });
    return form;
  }

  function select(name, values, current) {
    return el('select', { name, 'aria-label': name }, values.map(v =>
      el('option', { value: v, selected: v === (current || '') ? 'selected' : null, text: v ? label(v) : 'any ' + name })));
  }

  function drawFacets(box, facets, params) {
    clear(box);
    const names = { type: 'Type', status: 'Status', country: 'Country', perpetrator: 'Perpetrator', year: 'Year' };
    for (const dim of Object.keys(names)) {
      const counts = facets[dim] || {};
      const entries = Object.entries(counts);
      if (!entries.length) continue;
      const list = el('ul');
      for (const [value, n] of entries.slice(0, 12)) {
        const p = new URLSearchParams();
        for (const f of FILTERS) if (params.get(f)) p.set(f, params.get(f));
        if (dim === 'year') { p.set('since', value + '-01-01'); p.set('until', value + '-12-31'); }
        else if (dim === 'perpetrator') p.set('q', '"' + value + '"');
        else p.set(dim, value);
        list.appendChild(el('li', { class: 'facet' }, el('a', { href: '#/?' + p, text: dim === 'type' || dim === 'status' ? label(value) : value }),
          el('span', { class: 'n', text: n })));
      }
      box.appendChild(el('div', null, el('h3', { text: names[dim] }), list));
    }
  }

  // ---- one incident: values, evidence, source chain, reviews ----
  async function incidentView(id) {
    const gen = generation;
    const x = await api('/api/incidents/' + encodeURIComponent(id));
    if (gen !== generation) return;
    const loc = x.location ? [x.location.place, x.location.country].filter(Boolean).join(', ') +
      (x.location.lat !== null && x.location.lat !== undefined ? ' (' + x.location.lat + ', ' + x.location.lon + ')' : '') : 'unknown';
    const count = x.target_count ? countView(x.target_count) : 'unknown';
    const facts = el('dl', { class: 'facts' },
      fact('Type', label(x.type) + ' (PLOVER ' + x.plover + ', CAMEO ' + x.cameo + ')'),
      fact('Status', label(x.status)),
      fact('Origin state', or(x.origin_state, 'unknown')),
      fact('Perpetrator', x.perpetrator ? x.perpetrator.name + (x.perpetrator.aliases.length ? ' (also ' + x.perpetrator.aliases.join(', ') + ')' : '') : 'unknown'),
      fact('Targets', x.targets.length ? x.targets.map(t => t.name + ' (' + label(t.kind) + ')').join('; ') : 'unknown'),
      fact('Count', count),
      fact('Location', loc),
      fact('Time', x.time.from || x.time.to ? or(x.time.from) + ' – ' + or(x.time.to) : 'unknown'),
      fact('Corroboration', x.corroboration.articles + ' article(s), ' + x.corroboration.independent_origins +
        ' independent origin(s)' + (x.corroboration.grade ? ', grade ' + x.corroboration.grade : '')),
      fact('Origins', x.origins.length ? x.origins.join(', ') : 'none traced'),
      fact('Pipeline', or(x.pipeline)));
    const evidence = el('section', { id: 'evidence' }, el('h2', { text: 'Evidence (' + x.mentions.length + ' mentions)' }));
    const articles = {};
    const sourceById = {};
    for (const s of x.sources) sourceById[s.article] = s;
    for (const m of x.mentions) {
      const box = el('article', { class: 'mention' });
      const src = sourceById[m.article] || {};
      box.appendChild(el('header', null,
        el('a', { href: articleHref(m.article), class: 'article-title', text: or(src.title, m.article) }), ' ',
        el('span', { class: 'outlet', text: or(src.outlet, 'unknown outlet') }), ' ',
        el('span', { class: 'muted', text: or(src.published, '') })));
      box.appendChild(el('p', { class: 'meta' },
        el('span', { class: 'attribution', text: 'attributed to: ' + label(m.attribution.kind) + (m.attribution.source ? ' — ' + m.attribution.source : '') }),
        ' · ', el('span', { text: 'status ' + label(m.status) }),
        m.hedged ? el('span', { class: 'hedge', text: 'hedged' }) : null));
      const excerpt = el('blockquote', { class: 'excerpt' }, el('mark', { text: m.text }));
      box.appendChild(excerpt);
      evidence.appendChild(box);
      (articles[m.article] = articles[m.article] || []).push({ m, excerpt });
    }
    const reports = el('table', { class: 'reports', id: 'reports' },
      el('thead', null, el('tr', null, ['Article', 'Type', 'Status', 'Perpetrator (as written)', 'Targets', 'Count', 'Place', 'Time'].map(h => el('th', { text: h })))),
      el('tbody', null, x.reports.map(r => el('tr', null,
        el('td', null, el('a', { href: articleHref(r.article), text: r.article })),
        el('td', { text: label(r.type) }), el('td', { text: label(r.status) }),
        el('td', { text: r.perpetrator ? r.perpetrator.name + (r.perpetrator.as_written && r.perpetrator.as_written !== r.perpetrator.name ? ' ("' + r.perpetrator.as_written + '")' : '') : '' }),
        el('td', { text: r.targets.map(t => t.name).join('; ') }),
        el('td', { class: x.target_count && x.target_count.conflict ? 'conflict' : null, text: r.target_count ? r.target_count.value : '' }),
        el('td', { text: r.location ? [r.location.place, r.location.country].filter(Boolean).join(', ') : '' }),
        el('td', { text: r.time.from || r.time.to ? or(r.time.from) + ' – ' + or(r.time.to) + (r.time.expression ? ' ("' + r.time.expression + '")' : '') : '' })))));
    const chain = el('ol', { id: 'source-chain', class: 'chain' }, x.sources.map(s => el('li', null,
      el('a', { href: articleHref(s.article), text: or(s.title, s.article) }), ' — ',
      el('span', { class: 'outlet', text: or(s.outlet, 'unknown outlet') }),
      s.cites && s.cites.length ? el('span', { class: 'cites', text: ' citing ' + s.cites.join(', ') }) : null,
      s.url ? el('a', { href: s.url, class: 'ext', rel: 'noopener noreferrer nofollow', target: '_blank', text: ' (original)' }) : null)));
    show(el('h1', null, el('span', { class: 'badge', 'data-type': x.type, text: label(x.type) }), ' ', el('span', { text: label(x.status) }),
      el('small', { class: 'muted', text: ' ' + x.id })),
      facts, evidence,
      el('section', null, el('h2', { text: 'Per-source values' }), reports),
      el('section', null, el('h2', { text: 'Source chain' }), chain,
        el('p', { class: 'muted', text: 'Independent origins after following citations: ' + (x.origins.length ? x.origins.join(', ') : 'none traced') })),
      reviewSection(x));
    // put each mention back into its article's text, with some context on both sides
    for (const [aid, list] of Object.entries(articles)) {
      api('/api/articles/' + encodeURIComponent(aid)).then(a => {
        if (gen !== generation) return;
        for (const { m, excerpt } of list) {
          clear(excerpt);
          const from = Math.max(0, m.start - 240);
          const to = Math.min(a.text.length, m.end + 240);
          append(excerpt, [from > 0 ? '…' : '', a.text.slice(from, m.start), el('mark', { text: a.text.slice(m.start, m.end) }),
            a.text.slice(m.end, to), to < a.text.length ? '…' : '']);
        }
      }).catch(() => {});
    }
  }

  function countView(c) {
    const parts = Object.entries(c.by_article || {}).map(([a, n]) => a + ': ' + n);
    return or(c.value, 'unknown') + (parts.length ? ' (' + parts.join(', ') + ')' : '') + (c.conflict ? ' — the sources disagree' : '');
  }

  function fact(name, value) {
    return [el('dt', { text: name }), el('dd', { text: value })];
  }

  function reviewSection(x) {
    const list = el('ul', { id: 'reviews', class: 'reviews' });
    const render = reviews => {
      clear(list);
      if (!reviews.length) list.appendChild(el('li', { class: 'muted', text: 'No reviews yet.' }));
      for (const r of reviews) {
        list.appendChild(el('li', { class: 'review' }, el('span', { class: 'verdict', 'data-verdict': r.verdict, text: label(r.verdict) }),
          ' ', el('span', { class: 'muted', text: r.at + ' by ' + r.who }), r.note ? el('p', { text: r.note }) : null));
      }
    };
    render(x.reviews || []);
    const token = el('input', { id: 'review-token', type: 'password', autocomplete: 'off', placeholder: 'API token',
      value: sessionStorage.getItem('longarm-token') || '' });
    const verdict = el('select', { id: 'review-verdict', name: 'verdict' },
      ['confirmed', 'rejected', 'needs_work'].map(v => el('option', { value: v, text: label(v) })));
    const note = el('textarea', { id: 'review-note', name: 'note', maxlength: 4000, rows: 3, placeholder: 'Note' });
    const reviewer = el('input', { id: 'review-reviewer', name: 'reviewer', maxlength: 80, placeholder: 'Your name (optional)' });
    const status = el('p', { id: 'review-status', role: 'status' });
    const form = el('form', { id: 'review-form', class: 'review-form' }, verdict, reviewer, note, token,
      el('button', { type: 'submit', text: 'Save review' }), status);
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      sessionStorage.setItem('longarm-token', token.value.trim());
      status.textContent = 'Saving…';
      try {
        const body = { verdict: verdict.value, note: note.value };
        if (reviewer.value.trim()) body.reviewer = reviewer.value.trim();
        await api('/api/incidents/' + encodeURIComponent(x.id) + '/reviews', {
          method: 'POST', body: JSON.stringify(body),
          headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token.value.trim() }
        });
        const fresh = await api('/api/incidents/' + encodeURIComponent(x.id) + '/reviews');
        render(fresh.items);
        note.value = '';
        status.textContent = 'Saved.';
      } catch (e) {
        status.textContent = e.status === 401 ? 'The token was refused.' : 'Not saved: ' + e.message;
      }
    });
    return el('section', null, el('h2', { text: 'Reviews' }), list, form);
  }

  // ---- one article: text with every mention marked ----
  async function articleView(id) {
    const a = await api('/api/articles/' + encodeURIComponent(id));
    const text = el('div', { id: 'article-text', class: 'article-text' });
    const marks = a.mentions.slice().sort((p, q) => p.start - q.start || q.end - p.end);
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue; // overlapping mentions: the first one is marked
      text.appendChild(document.createTextNode(a.text.slice(at, m.start)));
      text.appendChild(el('a', { href: incidentHref(m.incident), class: 'mark-link', title: label(m.type) + ', ' + label(m.attribution.kind) },
        el('mark', { text: a.text.slice(m.start, m.end) })));
      at = m.end;
    }
    text.appendChild(document.createTextNode(a.text.slice(at)));
    show(el('h1', { id: 'article-title', text: or(a.title, a.id) }),
      el('dl', { class: 'facts' },
        fact('Outlet', or(a.outlet, 'unknown')), fact('Published', or(a.published, 'unknown')),
        fact('Cites', a.cites.length ? a.cites.join(', ') : 'nothing'), fact('Relevant', a.relevant ? 'yes' : 'no'),
        fact('Imported', or(a.imported_at)), fact('Pipeline', or(a.pipeline)), fact('Flags', a.flags.join(', ') || 'none')),
      a.url ? el('p', null, el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank', text: 'Original' })) : null,
      el('h2', { text: 'Incidents reported' }),
      el('ul', null, a.incidents.map(i => el('li', null, el('a', { href: incidentHref(i.id), text: label(i.type) + ', ' + label(i.status) })))),
      el('h2', { text: 'Text' }), text);
  }

  // ---- timeline: incidents per month, stacked by type (SVG) ----
  async function timelineView(params) {
    const gen = generation;
    const form = searchForm(params, '#/timeline');
    const box = el('div', { id: 'timeline', class: 'chart' });
    show(el('h1', { text: 'Timeline' }), form, box);
    const stats = await api('/api/stats?' + filterQuery(params));
    if (gen !== generation) return;
    drawTimeline(box, stats, params);
  }

  function drawTimeline(box, stats, params) {
    const months = Object.keys(stats.by_month).sort();
    if (!months.length) {
      box.appendChild(el('p', { class: 'muted', text: 'No dated incidents.' }));
      return;
    }
    const [y0, m0] = months[0].split('-').map(Number);
    const [y1, m1] = months[months.length - 1].split('-').map(Number);
    const n = (y1 - y0) * 12 + (m1 - m0) + 1;
    const W = 960, H = 320, L = 40, B = 30, T = 10;
    const max = Math.max(...Object.values(stats.by_month));
    const bw = (W - L - 10) / n;
    const s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', role: 'img', 'aria-label': 'Incidents per month' });
    s.appendChild(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
    for (let k = 0; k <= 4; k++) {
      const v = Math.round(max * k / 4);
      const y = H - B - (H - B - T) * (v / max);
      s.appendChild(svg('line', { x1: L, x2: W - 10, y1: y, y2: y, stroke: '#e3e3e3' }));
      s.appendChild(svg('text', { x: L - 4, y: y + 4, 'text-anchor': 'end', class: 'axis', text: v }));
    }
    for (let i = 0; i < n; i++) {
      const y = y0 + Math.floor((m0 - 1 + i) / 12);
      const m = (m0 - 1 + i) % 12 + 1;
      const key = y + '-' + String(m).padStart(2, '0');
      if (m === 1 || i === 0) {
        s.appendChild(svg('text', { x: L + i * bw, y: H - B + 16, class: 'axis', text: y }));
        s.appendChild(svg('line', { x1: L + i * bw, x2: L + i * bw, y1: H - B, y2: H - B + 4, stroke: '#888' }));
      }
      const byType = (stats.by_month_and_type || {})[key] || {};
      let base = H - B;
      for (const t of TYPES) {
        const c = byType[t] || 0;
        if (!c) continue;
        const h = (H - B - T) * c / max;
        const p = new URLSearchParams();
        for (const f of FILTERS) if (params.get(f)) p.set(f, params.get(f));
        p.set('type', t);
        p.set('since', key + '-01');
        p.set('until', key + '-' + String(new Date(y, m, 0).getDate()).padStart(2, '0'));
        const a = svg('a', { href: '#/?' + p });
        a.appendChild(svg('rect', { x: L + i * bw + 0.5, y: base - h, width: Math.max(1, bw - 1), height: h, fill: COLORS[t], class: 'bar' },
          svg('title', { text: key + ': ' + c + ' ' + label(t) })));
        s.appendChild(a);
        base -= h;
      }
    }
    s.appendChild(svg('line', { x1: L, x2: W - 10, y1: H - B, y2: H - B, stroke: '#888' }));
    box.appendChild(s);
    box.appendChild(legend());
    box.appendChild(el('p', { class: 'muted', text: stats.incidents + ' incidents, ' + stats.undated + ' without a date (not drawn).' }));
  }

  function legend() {
    return el('ul', { class: 'legend' }, TYPES.map(t => el('li', null, el('span', { class: 'swatch', 'data-type': t }), label(t))));
  }

  // ---- map: countries (bundled GeoJSON) shaded by count, places as circles; equirectangular ----
  let world = null;
  async function mapView(params) {
    const gen = generation;
    const form = searchForm(params, '#/map');
    const box = el('div', { id: 'map', class: 'chart' });
    const info = el('div', { id: 'map-info', class: 'map-info' });
    show(el('h1', { text: 'Map' }), form, box, info);
    const [geo, data] = await Promise.all([world ? Promise.resolve(world) : api('/assets/world.json'), api('/api/map?' + filterQuery(params))]);
    world = geo;
    if (gen !== generation) return;
    drawMap(box, info, geo, data, params);
  }

  function drawMap(box, info, geo, data, params) {
    const W = 960, H = 480;
    const px = lon => (lon + 180) / 360 * W;
    const py = lat => (90 - lat) / 180 * H;
    const s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', role: 'img', 'aria-label': 'Map of incidents' });
    s.appendChild(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#dfeaf3' }));
    const max = Math.max(1, ...Object.values(data.by_country));
    for (const f of geo.features) {
      let d = '';
      for (const poly of f.geometry.coordinates) {
        for (const ring of poly) {
          ring.forEach((p, i) => { d += (i ? 'L' : 'M') + px(p[0]).toFixed(1) + ' ' + py(p[1]).toFixed(1); });
          d += 'Z';
        }
      }
      const n = data.by_country[f.id] || 0;
      const fill = n ? 'rgb(' + Math.round(250 - 130 * n / max) + ',' + Math.round(210 - 170 * n / max) + ',' + Math.round(200 - 170 * n / max) + ')' : '#f4f1ea';
      const path = svg('path', { d, fill, stroke: '#999', 'stroke-width': 0.4, class: 'country', 'data-country': f.id },
        svg('title', { text: f.properties.name + (n ? ': ' + n + ' incident(s)' : '') }));
      if (n) {
        path.addEventListener('click', () => {
          const p = new URLSearchParams();
          for (const k of FILTERS) if (params.get(k)) p.set(k, params.get(k));
          p.set('country', f.id);
          location.hash = '#/?' + p;
        });
        path.classList.add('has-incidents');
      }
      s.appendChild(path);
    }
    const pmax = Math.max(1, ...data.points.map(p => p.count));
    for (const p of data.points) {
      const c = svg('circle', { cx: px(p.lon), cy: py(p.lat), r: 3 + 9 * Math.sqrt(p.count / pmax), class: 'point' },
        svg('title', { text: or(p.place, '') + (p.country ? ', ' + p.country : '') + ': ' + p.count }));
      c.addEventListener('click', () => placeInfo(info, p));
      s.appendChild(c);
    }
    box.appendChild(s);
    box.appendChild(el('p', { class: 'muted', text: data.points.length + ' places; click a place for its incidents, a shaded country to list them.' }));
  }

  function placeInfo(info, p) {
    clear(info);
    info.appendChild(el('h3', { text: or(p.place, '') + (p.country ? ', ' + p.country : '') + ' — ' + p.count + ' incident(s)' }));
    info.appendChild(el('ul', null, p.ids.map(id => el('li', null, el('a', { href: incidentHref(id), text: id })))));
  }

  // ---- audit log ----
  async function auditView() {
    const data = await api('/api/audit?limit=200');
    show(el('h1', { text: 'Audit log' }),
      el('table', { id: 'audit', class: 'results' },
        el('thead', null, el('tr', null, ['When', 'Who', 'What', 'On', 'Details'].map(h => el('th', { text: h })))),
        el('tbody', null, data.items.map(e => el('tr', null, el('td', { text: e.at }), el('td', { text: e.who }),
          el('td', { text: e.action }),
          el('td', null, e.action === 'review' ? el('a', { href: incidentHref(e.target), text: e.target }) : e.target),
          el('td', { text: JSON.stringify(e.detail) }))))));
  }
})();
