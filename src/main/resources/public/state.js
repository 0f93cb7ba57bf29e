// URL <-> view state. Everything the page shows is derived from the query string.

/** Filter kinds: URL/API parameter name, facet key in the API response, label used in chips. */
export const FILTERS = [
  { param: 'person', facet: 'people', hitField: 'people', label: 'person', heading: 'People' },
  { param: 'org', facet: 'organizations', hitField: 'organizations', label: 'organization', heading: 'Organizations' },
  { param: 'place', facet: 'places', hitField: 'places', label: 'place', heading: 'Places' },
  { param: 'keyword', facet: 'keywords', hitField: 'keywords', label: 'keyword', heading: 'Keywords' },
];

export const SORTS = ['relevance', 'date', 'views'];
export const LANGS = ['zh', 'en'];
export const PAGE_SIZE = 10;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A fresh, empty state. */
export function emptyState() {
  return {
    q: '',
    filters: { person: [], org: [], place: [], keyword: [] },
    from: '',
    to: '',
    lang: '',
    sort: '',
    page: 1,
    article: '',
  };
}

/** Parses a query string (location.search) and an optional hash into a state. */
export function parseState(search, hash = '') {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = (p.get('q') || '').trim();
  for (const f of FILTERS) {
    const seen = new Set();
    for (const v of p.getAll(f.param)) {
      const value = v.trim();
      if (value && !seen.has(value)) {
        seen.add(value);
        s.filters[f.param].push(value);
      }
    }
  }
  const from = p.get('from') || '';
  const to = p.get('to') || '';
  s.from = DATE_RE.test(from) ? from : '';
  s.to = DATE_RE.test(to) ? to : '';
  const lang = p.get('lang') || '';
  s.lang = LANGS.includes(lang) ? lang : '';
  const sort = p.get('sort') || '';
  s.sort = SORTS.includes(sort) ? sort : '';
  const page = Number.parseInt(p.get('page') || '1', 10);
  s.page = Number.isFinite(page) && page > 0 ? page : 1;
  s.article = (p.get('article') || '').trim();
  // Also accept #/article/<id> links.
  const m = /^#\/article\/(.+)$/.exec(hash || '');
  if (m) {
    try {
      s.article = decodeURIComponent(m[1]);
    } catch {
      s.article = m[1];
    }
  }
  return s;
}

/** Serialises a state to a query string starting with "?" (or "" when empty). */
export function toQueryString(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FILTERS) {
    for (const v of s.filters[f.param]) p.append(f.param, v);
  }
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.lang) p.set('lang', s.lang);
  if (s.sort) p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.article) p.set('article', s.article);
  const qs = p.toString();
  return qs ? `?${qs}` : '';
}

/** The parameters for GET /api/search. */
export function toApiParams(s) {
  const p = new URLSearchParams();
  p.set('q', s.q);
  for (const f of FILTERS) {
    for (const v of s.filters[f.param]) p.append(f.param, v);
  }
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.lang) p.set('lang', s.lang);
  p.set('sort', s.sort || 'relevance');
  p.set('page', String(s.page));
  p.set('size', String(PAGE_SIZE));
  return p;
}

export function cloneState(s) {
  return {
    ...s,
    filters: Object.fromEntries(Object.entries(s.filters).map(([k, v]) => [k, [...v]])),
  };
}

export function hasFilters(s) {
  return FILTERS.some((f) => s.filters[f.param].length > 0) || Boolean(s.from || s.to);
}

/**
 * Whether the state asks for a search at all. A blank page shows the intro; an empty query with
 * filters, a sort, a language or a page browses everything.
 */
export function isSearch(s) {
  return Boolean(s.q) || hasFilters(s) || Boolean(s.sort || s.lang) || s.page > 1;
}
