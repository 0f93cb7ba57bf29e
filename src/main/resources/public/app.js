// NewsBridge search page: state in the URL, rendering from /api/search and /api/articles/{id}.
import * as api from './api.js';
import { h, clear, formatNumber } from './dom.js';
import {
  FILTERS,
  PAGE_SIZE,
  parseState,
  toQueryString,
  toApiParams,
  cloneState,
  isSearch,
  hasFilters,
} from './state.js';
import { hitItem, totalText, facetSections, chipItems, pagerNodes, articleNodes, navLink, backLink } from './render.js';

const $ = (sel) => document.querySelector(sel);

const el = {
  form: $('#search-form'),
  q: $('#q'),
  from: $('#from'),
  to: $('#to'),
  sort: $('#sort'),
  lang: $('#lang'),
  error: $('#error'),
  status: $('#status'),
  intro: $('#intro'),
  examples: $('#examples'),
  resultsSection: $('#results-section'),
  results: $('#results'),
  total: $('#total'),
  noResults: $('#no-results'),
  pager: $('#pager'),
  article: $('#article'),
  facets: $('#facets'),
  facetLists: $('#facet-lists'),
  facetsToggle: $('#facets-toggle'),
  chipsBar: $('#chips-bar'),
  chips: $('#chips'),
  main: $('#main'),
};

const EXAMPLES = [
  { q: '刘建超', note: 'Chinese name' },
  { q: '"global civilization initiative"', note: 'English phrase' },
  { q: 'climate AND 气候', note: 'both languages' },
  { q: '联合国 OR UN', note: 'either term' },
];

/** UI-only state that is not worth a URL: expanded facet lists and facet filter text. */
const ui = { expanded: new Set(), filters: new Map() };

let state = parseState(window.location.search, window.location.hash);
let lastData = null; // last successful search response
let lastSearchKey = null; // toQueryString of the state that produced lastData (without article)
let inflight = null; // AbortController of the running request
let pendingFocus = null; // what to focus once the next render completes
let renderSeq = 0;
let introFacets = null; // facets shown next to the intro (whole collection)

// ---------------------------------------------------------------------------------------------
// Navigation

function currentUrl(s) {
  return `${window.location.pathname}${toQueryString(s)}`;
}

function navigate(next, { replace = false, focus = null, fromSearch = false } = {}) {
  const url = currentUrl(next);
  const stateObj = { nb: true, fromSearch };
  if (replace || url === currentUrl(state)) window.history.replaceState(stateObj, '', url);
  else window.history.pushState(stateObj, '', url);
  pendingFocus = focus;
  render(next);
}

function searchState(s) {
  const next = cloneState(s);
  next.article = '';
  return next;
}

function withPage1(s) {
  const next = searchState(s);
  next.page = 1;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function setView(view) {
  document.body.dataset.state = view;
}

function setError(message) {
  el.error.textContent = message || '';
}

function setStatus(text, { visible = true } = {}) {
  el.status.textContent = text || '';
  el.status.classList.toggle('visually-hidden', !visible);
}

function syncControls(s) {
  if (document.activeElement !== el.q || el.q.value.trim() !== s.q) el.q.value = s.q;
  el.sort.value = s.sort || 'relevance';
  el.lang.value = s.lang || '';
  el.from.value = s.from;
  el.to.value = s.to;
  el.from.max = s.to || '';
  el.to.min = s.from || '';
}

function facetLabelMap() {
  const labels = new Map();
  const facets = (lastData && lastData.facets) || {};
  for (const f of FILTERS) {
    for (const entry of Array.isArray(facets[f.facet]) ? facets[f.facet] : []) {
      if (entry && entry.value) labels.set(`${f.param}\u0000${entry.value}`, String(entry.label || entry.value));
    }
  }
  return labels;
}

function renderChips(s) {
  const items = chipItems(s, facetLabelMap());
  clear(el.chips).append(...items);
  if (items.length > 1) {
    el.chips.append(h('li', { class: 'chip-clear-item' }, h('button', { type: 'button', class: 'chip-clear' }, 'Clear all filters')));
  }
  el.chipsBar.hidden = items.length === 0;
  const active = items.length;
  el.facetsToggle.textContent = active ? `Filters (${active} active)` : 'Filters';
}

function renderFacets(s, data) {
  const sections = facetSections((data && data.facets) || {}, s, ui);
  clear(el.facetLists).append(...sections);
}

function renderIntro() {
  if (el.examples.childElementCount) return;
  for (const ex of EXAMPLES) {
    const s = parseState('');
    s.q = ex.q;
    el.examples.append(
      h('li', {}, navLink(s, { class: 'example-link' }, h('code', {}, ex.q)), h('span', { class: 'example-note' }, ` — ${ex.note}`)),
    );
  }
}

function documentTitle(s, articleTitle) {
  if (articleTitle) return `${articleTitle} — NewsBridge`;
  if (s.q) return `${s.q} — NewsBridge search`;
  if (isSearch(s)) return 'Browse — NewsBridge search';
  return 'NewsBridge · 新闻桥 — bilingual news search';
}

function showOnly(section) {
  el.intro.hidden = section !== 'intro';
  el.resultsSection.hidden = section !== 'results';
  el.article.hidden = section !== 'article';
  document.body.classList.toggle('view-article', section === 'article');
}

function applyFocus() {
  const f = pendingFocus;
  pendingFocus = null;
  if (!f) return;
  let target = null;
  if (f.type === 'selector') target = document.querySelector(f.selector);
  else if (f.type === 'facet') {
    target = [...el.facetLists.querySelectorAll('.facet-value')].find(
      (b) => b.dataset.param === f.param && b.dataset.value === f.value,
    );
  } else if (f.type === 'hit') {
    target = [...el.results.querySelectorAll('.hit')].find((li) => li.dataset.id === f.id);
    target = target && target.querySelector('.hit-link');
  } else if (f.type === 'chip') {
    const removes = el.chips.querySelectorAll('.chip-remove');
    target = removes[Math.min(f.index, removes.length - 1)] || null;
  }
  if (!target && f.fallback) target = document.querySelector(f.fallback);
  if (target) target.focus({ preventScroll: f.preventScroll === true });
}

function finish(seq, view, s) {
  if (seq !== renderSeq) return;
  setView(view);
  document.body.dataset.rendered = toQueryString(s);
  document.body.dataset.renderedFor = window.location.search;
  applyFocus();
}

async function render(s) {
  state = s;
  const seq = ++renderSeq;
  if (inflight) inflight.abort();
  inflight = null;
  syncControls(s);
  renderChips(s);
  setError('');

  if (s.article) {
    await renderArticle(s, seq);
    return;
  }
  if (!isSearch(s)) {
    renderIntro();
    showOnly('intro');
    setStatus('', { visible: false });
    document.title = documentTitle(s);
    finish(seq, 'intro', s);
    loadIntroFacets(seq);
    return;
  }
  await renderSearch(s, seq);
}

async function loadIntroFacets(seq) {
  // The intro shows the most frequent people, organizations, places and keywords to browse by.
  const controller = new AbortController();
  inflight = controller;
  try {
    const browse = parseState('');
    const params = toApiParams(browse);
    params.set('size', '1');
    const data = await api.search(params, controller.signal);
    if (seq !== renderSeq) return;
    introFacets = data.facets || {};
    renderFacets(browse, data);
  } catch {
    if (seq === renderSeq) clear(el.facetLists);
  }
}

async function renderSearch(s, seq) {
  const key = toQueryString(searchState(s));
  document.title = documentTitle(s);
  el.resultsSection.setAttribute('aria-busy', 'true');
  el.resultsSection.classList.add('is-loading');
  if (el.resultsSection.hidden) {
    // First search: show a clean loading state instead of stale content.
    clear(el.results);
    clear(el.pager);
    el.total.textContent = '';
    el.noResults.hidden = true;
  }
  showOnly('results');
  setView('loading');
  setStatus('Searching…');

  let data;
  if (lastData && lastSearchKey === key) {
    data = lastData; // coming back from an article: no need to ask again
  } else {
    const controller = new AbortController();
    inflight = controller;
    try {
      data = await api.search(toApiParams(s), controller.signal);
    } catch (err) {
      if (seq !== renderSeq || controller.signal.aborted) return;
      el.resultsSection.removeAttribute('aria-busy');
      el.resultsSection.classList.remove('is-loading');
      showOnly('none');
      clear(el.results);
      clear(el.pager);
      clear(el.facetLists);
      lastData = null;
      lastSearchKey = null;
      setError(err && err.message ? err.message : 'Something went wrong.');
      if (err && err.code === 'bad_query') {
        setStatus('Check that "quotes" and (parentheses) are balanced and that AND, OR and NOT are in capitals.');
      } else {
        setStatus('', { visible: false });
      }
      if (pendingFocus && pendingFocus.type !== 'selector') pendingFocus = null;
      finish(seq, 'error', s);
      return;
    } finally {
      if (inflight === controller) inflight = null;
    }
    if (seq !== renderSeq) return;
  }

  lastData = data;
  lastSearchKey = key;
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const total = Number(data.total) || 0;
  const size = Number(data.size) || PAGE_SIZE;
  const page = Number(data.page) || s.page;

  el.total.textContent = totalText(data, s);
  el.total.dataset.total = String(total);
  clear(el.results).append(...hits.map((hit) => hitItem(hit, s)));
  el.results.start = (page - 1) * size + 1;
  clear(el.pager).append(...pagerNodes(total, page, size));
  renderFacets(s, data);
  renderChips(s); // labels may have arrived with the facets

  el.noResults.hidden = hits.length > 0;
  if (!hits.length && total > 0) {
    // A page past the end (e.g. an old link): offer the first page.
    const first = cloneState(s);
    first.page = 1;
    clear(el.noResults).append(
      h('h2', {}, 'No more results on this page'),
      h('p', {}, navLink(first, {}, 'Go to the first page of results')),
    );
  } else if (!hits.length) {
    clear(el.noResults).append(
      h('h2', {}, 'No articles match'),
      h(
        'p',
        {},
        hasFilters(s)
          ? 'Try removing a filter, fewer words, or the other language.'
          : 'Try fewer words, the other language, or OR instead of AND.',
      ),
    );
  }

  el.resultsSection.removeAttribute('aria-busy');
  el.resultsSection.classList.remove('is-loading');
  setStatus(total ? `${formatNumber(total)} results` : 'No results', { visible: false });
  finish(seq, hits.length ? 'results' : 'no-results', s);
}

async function renderArticle(s, seq) {
  showOnly('article');
  setView('loading');
  setStatus('Loading article…', { visible: false });
  clear(el.article).append(h('p', { class: 'article-loading' }, 'Loading article…'));
  const controller = new AbortController();
  inflight = controller;
  let a;
  try {
    a = await api.article(s.article, controller.signal);
  } catch (err) {
    if (seq !== renderSeq || controller.signal.aborted) return;
    const back = searchState(s);
    clear(el.article).append(backLink(back));
    setStatus('', { visible: false });
    setError(err && err.message ? err.message : 'Could not load the article.');
    document.title = 'Article not available — NewsBridge';
    pendingFocus = { type: 'selector', selector: '#article .back-link' };
    finish(seq, 'error', s);
    return;
  } finally {
    if (inflight === controller) inflight = null;
  }
  if (seq !== renderSeq) return;
  const back = searchState(s);
  clear(el.article).append(...articleNodes(a, back));
  el.article.dataset.id = String(a.id || s.article);
  const t = (a.title && (a.title.en || a.title.zh)) || 'Article';
  document.title = documentTitle(s, t);
  setStatus('', { visible: false });
  if (!pendingFocus) pendingFocus = { type: 'selector', selector: '#article-title', preventScroll: true };
  window.scrollTo(0, 0);
  finish(seq, 'article', s);
}

// ---------------------------------------------------------------------------------------------
// Events

el.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const next = withPage1(state);
  next.q = el.q.value.trim();
  if (!next.q && !isSearch(next)) next.sort = 'date'; // empty box: browse everything, newest first
  navigate(next);
});

function toggleFilter(param, value, focus) {
  const next = withPage1(state);
  const list = next.filters[param];
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  else list.push(value);
  navigate(next, { focus });
}

el.facetLists.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.classList.contains('facet-value')) {
    const { param, value } = button.dataset;
    toggleFilter(param, value, { type: 'facet', param, value, fallback: '#results-heading' });
  } else if (button.classList.contains('facet-more')) {
    const facet = button.dataset.facet;
    if (ui.expanded.has(facet)) ui.expanded.delete(facet);
    else ui.expanded.add(facet);
    renderFacets(isSearch(state) ? state : parseState(''), { facets: currentFacets() });
    const again = el.facetLists.querySelector(`.facet-more[data-facet="${CSS.escape(facet)}"]`);
    if (again) again.focus();
  }
});

el.facetLists.addEventListener('input', (event) => {
  const input = event.target;
  if (!input.classList.contains('facet-filter')) return;
  const facet = input.dataset.facet;
  ui.filters.set(facet, input.value);
  const section = input.closest('.facet');
  // Re-render just this facet's list, keeping the input (and its caret) in place.
  const fresh = facetSections(currentFacets(), isSearch(state) ? state : parseState(''), ui).find(
    (sec) => sec.dataset.facet === facet,
  );
  if (!fresh || !section) return;
  for (const child of [...section.children]) {
    if (child !== input && child.tagName !== 'LABEL' && child.tagName !== 'H2') child.remove();
  }
  for (const child of [...fresh.children]) {
    if (child.tagName !== 'LABEL' && child.tagName !== 'H2' && child.tagName !== 'INPUT') section.append(child);
  }
});

function currentFacets() {
  if (isSearch(state)) return (lastData && lastData.facets) || {};
  return introFacets || {};
}

el.chips.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  if (button.classList.contains('chip-clear')) {
    const next = withPage1(state);
    for (const f of FILTERS) next.filters[f.param] = [];
    next.from = '';
    next.to = '';
    navigate(next, { focus: { type: 'selector', selector: '#q' } });
    return;
  }
  if (!button.classList.contains('chip-remove')) return;
  const { param, value } = button.dataset;
  const index = [...el.chips.querySelectorAll('.chip-remove')].indexOf(button);
  const next = withPage1(state);
  if (param === 'from' || param === 'to') next[param] = '';
  else next.filters[param] = next.filters[param].filter((v) => v !== value);
  navigate(next, { focus: { type: 'chip', index, fallback: '#q' } });
});

el.results.addEventListener('click', (event) => {
  const button = event.target.closest('button.hit-entity');
  if (!button) return;
  const { param, value } = button.dataset;
  toggleFilter(param, value, { type: 'selector', selector: '#results-heading' });
});

el.pager.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-page]');
  if (!button || button.disabled) return;
  const page = Number.parseInt(button.dataset.page, 10);
  if (!Number.isFinite(page) || page < 1) return;
  const next = searchState(state);
  next.page = page;
  window.scrollTo(0, 0);
  navigate(next, { focus: { type: 'selector', selector: '#results-heading', preventScroll: true } });
});

el.sort.addEventListener('change', () => {
  const next = withPage1(state);
  next.sort = el.sort.value === 'relevance' ? '' : el.sort.value;
  if (!isSearch(next)) next.sort = el.sort.value; // keep browsing everything
  navigate(next);
});

el.lang.addEventListener('change', () => {
  const next = withPage1(state);
  next.lang = el.lang.value;
  navigate(next);
});

function onDateChange(which) {
  const input = el[which];
  const value = input.value;
  if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
  if (value === state[which]) return;
  const next = withPage1(state);
  next[which] = value;
  navigate(next);
}
el.from.addEventListener('change', () => onDateChange('from'));
el.to.addEventListener('change', () => onDateChange('to'));

el.facetsToggle.addEventListener('click', () => {
  const open = el.facetsToggle.getAttribute('aria-expanded') !== 'true';
  el.facetsToggle.setAttribute('aria-expanded', String(open));
  el.facets.classList.toggle('is-open', open);
});

// In-app links (results, back link, examples, entities, keywords): pushState instead of a reload.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-nav]');
  if (!link) return;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  event.preventDefault();
  const url = new URL(link.href, window.location.href);
  const next = parseState(url.search);
  if ('back' in link.dataset && window.history.state && window.history.state.nb && window.history.state.fromSearch) {
    window.history.back(); // restores the scroll position of the results
    return;
  }
  let focus = null;
  if ('back' in link.dataset) {
    focus = { type: 'hit', id: state.article, fallback: '#results-heading' };
  }
  navigate(next, { focus, fromSearch: 'articleId' in link.dataset });
});

window.addEventListener('popstate', () => {
  const previousArticle = state.article;
  const next = parseState(window.location.search, window.location.hash);
  if (window.location.hash.startsWith('#/article/')) {
    window.history.replaceState({ nb: true }, '', currentUrl(next));
  }
  if (toQueryString(next) === toQueryString(state) && document.body.dataset.state !== 'loading') {
    // Same view (e.g. an in-page #fragment): nothing to do.
    document.body.dataset.renderedFor = window.location.search;
    return;
  }
  if (previousArticle && !next.article) {
    pendingFocus = { type: 'hit', id: previousArticle, preventScroll: true };
  }
  render(next);
});

window.addEventListener('hashchange', () => {
  if (!window.location.hash.startsWith('#/article/')) return;
  const next = parseState(window.location.search, window.location.hash);
  if (toQueryString(next) === toQueryString(state)) {
    window.history.replaceState({ nb: true }, '', currentUrl(next));
    document.body.dataset.renderedFor = window.location.search;
  } else {
    navigate(next, { replace: true });
  }
});

// "/" focuses the search box unless the user is typing somewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const t = event.target;
  const tag = t && t.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) return;
  event.preventDefault();
  el.q.focus();
  el.q.select();
});

// ---------------------------------------------------------------------------------------------
// Start

(function start() {
  // Canonicalise the URL (also turns #/article/<id> links into ?article=<id>).
  window.history.replaceState({ ...(window.history.state || {}), nb: true }, '', currentUrl(state));
  render(state);
})();
