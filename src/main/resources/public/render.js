// Builds the DOM for results, facets, chips, pager and the article view from API data.
import { h, langSpan, bilingualLabel, snippetNodes, hostOf, isSafeHttpUrl, formatNumber, plural } from './dom.js';
import { FILTERS, PAGE_SIZE, cloneState, toQueryString, isSearch } from './state.js';

const FACET_COLLAPSED = 10;

const str = (v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const arr = (v) => (Array.isArray(v) ? v : []);

/** An in-app link: a real href (works in a new tab) marked for pushState navigation. */
export function navLink(state, attrs, ...children) {
  return h('a', { ...attrs, href: toQueryString(state) || './', dataset: { ...(attrs.dataset || {}), nav: '' } }, ...children);
}

function sourceLink(url, cls) {
  const u = str(url);
  if (!u) return null;
  if (!isSafeHttpUrl(u)) return h('span', { class: `${cls} source-text` }, 'Source: ', u);
  return h(
    'a',
    { class: cls, href: u, target: '_blank', rel: 'noopener noreferrer' },
    'Source: ',
    hostOf(u),
    h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'),
  );
}

function dateEl(published) {
  const d = str(published);
  return d ? h('time', { datetime: d }, d) : null;
}

function articleState(state, id) {
  const s = cloneState(state);
  s.article = id;
  return s;
}

/** One search hit. */
export function hitItem(hit, state) {
  const id = str(hit.id);
  const title = hit.title || {};
  const snippet = hit.snippet || {};
  const en = str(title.en).trim();
  const zh = str(title.zh).trim();

  const link = navLink(
    articleState(state, id),
    { class: 'hit-link', dataset: { articleId: id } },
    h('span', { class: 'hit-title-en', lang: 'en', hidden: !en }, en),
    h('span', { class: 'hit-title-zh', lang: 'zh', hidden: !zh }, zh),
    !en && !zh ? h('span', { class: 'hit-untitled' }, 'Untitled article') : null,
  );

  const meta = h('p', { class: 'hit-meta' });
  const metaParts = [
    dateEl(hit.published),
    typeof hit.views === 'number' ? h('span', { class: 'hit-views' }, plural(hit.views, 'view', 'views')) : null,
    sourceLink(hit.url, 'hit-source'),
  ].filter(Boolean);
  metaParts.forEach((part, i) => {
    if (i > 0) meta.append(h('span', { class: 'meta-sep', 'aria-hidden': 'true' }, ' · '));
    meta.append(part);
  });

  const snEn = str(snippet.en);
  const snZh = str(snippet.zh);

  const entities = h('ul', { class: 'hit-entities', 'aria-label': 'Entities in this article' });
  for (const f of FILTERS) {
    if (f.param === 'keyword') continue;
    for (const value of arr(hit[f.hitField])) {
      const v = str(value);
      if (!v) continue;
      const active = state.filters[f.param].includes(v);
      entities.append(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: ['hit-entity', `hit-entity-${f.param}`],
              dataset: { param: f.param, value: v },
              'aria-pressed': active ? 'true' : 'false',
              title: `Filter by ${f.label}: ${v}`,
            },
            h('span', { class: 'visually-hidden' }, `Filter by ${f.label}: `),
            langSpan(v),
          ),
        ),
      );
    }
  }

  return h(
    'li',
    { class: 'hit', dataset: { id } },
    h('h2', { class: 'hit-title' }, link),
    metaParts.length ? meta : null,
    h('p', { class: 'snippet snippet-en', lang: 'en', hidden: !snEn }, snippetNodes(snEn)),
    h('p', { class: 'snippet snippet-zh', lang: 'zh', hidden: !snZh }, snippetNodes(snZh)),
    entities.childElementCount ? entities : null,
  );
}

/** Text for #total. */
export function totalText(data, state) {
  const total = Number(data.total) || 0;
  let text = `${plural(total, 'result', 'results')}`;
  if (state.q) text += ` for “${state.q}”`;
  if (typeof data.tookMs === 'number') text += ` · ${formatNumber(data.tookMs)} ms`;
  return text;
}

/** The facet sidebar sections. ui: { expanded: Set<facet>, filters: Map<facet, text> } */
export function facetSections(facets, state, ui) {
  const out = [];
  for (const f of FILTERS) {
    const values = arr(facets && facets[f.facet]).filter((e) => e && str(e.value));
    const selected = state.filters[f.param];
    if (!values.length && !selected.length) continue;
    const headingId = `facet-h-${f.facet}`;
    const listId = `facet-list-${f.facet}`;
    const section = h('section', { class: 'facet', dataset: { facet: f.facet }, 'aria-labelledby': headingId });
    section.append(h('h2', { class: 'facet-heading', id: headingId }, f.heading));

    const filterText = (ui.filters.get(f.facet) || '').trim().toLowerCase();
    if (values.length > FACET_COLLAPSED) {
      const inputId = `facet-filter-${f.facet}`;
      section.append(
        h('label', { class: 'visually-hidden', for: inputId }, `Filter ${f.heading.toLowerCase()}`),
        h('input', {
          type: 'search',
          id: inputId,
          class: 'facet-filter',
          placeholder: `Filter ${f.heading.toLowerCase()}…`,
          autocomplete: 'off',
          value: ui.filters.get(f.facet) || '',
          dataset: { facet: f.facet },
          'aria-controls': listId,
        }),
      );
    }

    const matching = filterText
      ? values.filter((e) => `${str(e.label)} ${str(e.value)}`.toLowerCase().includes(filterText))
      : values;
    const expanded = ui.expanded.has(f.facet) || Boolean(filterText);
    const visible = expanded ? matching : matching.slice(0, FACET_COLLAPSED);

    const list = h('ul', { class: 'facet-values', id: listId });
    for (const entry of visible) {
      const value = str(entry.value);
      const label = str(entry.label) || value;
      const active = selected.includes(value);
      list.append(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: ['facet-value', active && 'is-active'],
              dataset: { value, param: f.param, facet: f.facet },
              'aria-pressed': active ? 'true' : 'false',
            },
            h('span', { class: 'facet-label' }, bilingualLabel(label)),
            h(
              'span',
              { class: 'facet-count' },
              h('span', { class: 'visually-hidden' }, ', articles: '),
              formatNumber(entry.count),
            ),
          ),
        ),
      );
    }
    section.append(list);
    if (filterText && !matching.length) {
      section.append(h('p', { class: 'facet-empty' }, 'No matches.'));
    }
    if (values.length > FACET_COLLAPSED && !filterText) {
      section.append(
        h(
          'button',
          {
            type: 'button',
            class: 'facet-more',
            'aria-expanded': ui.expanded.has(f.facet) ? 'true' : 'false',
            'aria-controls': listId,
            dataset: { facet: f.facet },
          },
          ui.expanded.has(f.facet) ? 'Show fewer' : `Show all ${formatNumber(values.length)}`,
        ),
      );
    }
    out.push(section);
  }
  return out;
}

/** Chips for the active filters. labels: Map "param\u0000value" -> display label. */
export function chipItems(state, labels) {
  const items = [];
  const chip = (kind, param, value, display) => {
    const label = `${kind}: ${value}`;
    return h(
      'li',
      { class: 'chip', dataset: { param, value } },
      h('span', { class: 'chip-kind' }, `${kind}:`),
      ' ',
      h('span', { class: 'chip-value' }, bilingualLabel(display)),
      h(
        'button',
        {
          type: 'button',
          class: 'chip-remove',
          'aria-label': `Remove filter ${label}`,
          title: `Remove filter ${label}`,
          dataset: { param, value },
        },
        h('span', { 'aria-hidden': 'true' }, '×'),
      ),
    );
  };
  for (const f of FILTERS) {
    for (const v of state.filters[f.param]) {
      items.push(chip(f.label, f.param, v, labels.get(`${f.param}\u0000${v}`) || v));
    }
  }
  if (state.from) items.push(chip('from', 'from', state.from, state.from));
  if (state.to) items.push(chip('to', 'to', state.to, state.to));
  return items;
}

/** Pagination controls. */
export function pagerNodes(total, page, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1 && page <= 1) return [];
  const nodes = [];
  nodes.push(
    h(
      'button',
      { type: 'button', class: 'page-prev', dataset: { page: page - 1 }, disabled: page <= 1, 'aria-label': 'Previous page' },
      h('span', { 'aria-hidden': 'true' }, '‹ '),
      'Prev',
    ),
  );
  const list = h('ul', { class: 'page-numbers' });
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  let last = 0;
  for (let p = 1; p <= pages; p++) {
    if (!wanted.has(p)) continue;
    if (p - last > 1) list.append(h('li', { class: 'page-gap', 'aria-hidden': 'true' }, '…'));
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: ['page-num', p === page && 'is-current'],
            dataset: { page: p },
            'aria-current': p === page ? 'page' : false,
            'aria-label': `Page ${p}`,
          },
          String(p),
        ),
      ),
    );
    last = p;
  }
  nodes.push(list);
  nodes.push(
    h(
      'button',
      { type: 'button', class: 'page-next', dataset: { page: page + 1 }, disabled: page >= pages, 'aria-label': 'Next page' },
      'Next',
      h('span', { 'aria-hidden': 'true' }, ' ›'),
    ),
  );
  nodes.push(h('p', { class: 'page-info' }, `Page ${formatNumber(page)} of ${formatNumber(pages)}`));
  return nodes;
}

function paragraphs(text, lang) {
  return str(text)
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => h('p', { lang }, p));
}

const ENTITY_PARAM = {
  person: 'person',
  per: 'person',
  people: 'person',
  organization: 'org',
  organisation: 'org',
  org: 'org',
  place: 'place',
  location: 'place',
  loc: 'place',
  gpe: 'place',
  topic: 'keyword',
  misc: 'keyword',
};

/** The link from the article view back to the search it came from (or to the start page). */
export function backLink(backState) {
  const label = isSearch(backState) ? '← Back to results' : '← Back to search';
  return navLink(backState, { class: 'back-link', dataset: { back: '' } }, label);
}

/** The article view. backState: the search state to return to. */
export function articleNodes(a, backState) {
  const title = a.title || {};
  const text = a.text || {};
  const en = str(title.en).trim();
  const zh = str(title.zh).trim();
  const back = backLink(backState);

  const heading = h(
    'h1',
    { class: 'article-title', id: 'article-title', tabindex: '-1' },
    en ? h('span', { class: 'article-title-en', lang: 'en' }, en) : null,
    zh ? h('span', { class: 'article-title-zh', lang: 'zh' }, zh) : null,
    !en && !zh ? 'Untitled article' : null,
  );

  const metaParts = [
    dateEl(a.published),
    typeof a.views === 'number' ? h('span', { class: 'article-views' }, plural(a.views, 'view', 'views')) : null,
    sourceLink(a.url, 'article-source'),
  ].filter(Boolean);
  const meta = h('p', { class: 'article-meta' });
  metaParts.forEach((part, i) => {
    if (i > 0) meta.append(h('span', { class: 'meta-sep', 'aria-hidden': 'true' }, ' · '));
    meta.append(part);
  });

  const column = (lang, heading, cls, body, missing) => {
    const paras = paragraphs(body, lang);
    return h(
      'section',
      { class: ['article-col', `article-col-${lang}`], 'aria-labelledby': `article-col-h-${lang}` },
      h('h2', { class: 'article-col-heading', id: `article-col-h-${lang}` }, heading),
      h('div', { class: cls, lang }, paras.length ? paras : h('p', { class: 'article-missing', lang: 'en' }, missing)),
    );
  };

  const columns = h(
    'div',
    { class: 'article-columns' },
    column('en', 'English', 'article-text-en', text.en, 'No English text for this article.'),
    column('zh', '中文', 'article-text-zh', text.zh, 'No Chinese text for this article.'),
  );
  columns.querySelector('#article-col-h-zh').setAttribute('lang', 'zh');

  // Entities: prefer the typed list; fall back to people/organizations/places.
  let entities = arr(a.entities)
    .filter((e) => e && str(e.name))
    .map((e) => ({ name: str(e.name), type: str(e.type), en: str(e.en), zh: str(e.zh) }));
  if (!entities.length) {
    for (const [field, type] of [['people', 'person'], ['organizations', 'organization'], ['places', 'place']]) {
      for (const name of arr(a[field])) if (str(name)) entities.push({ name: str(name), type, en: '', zh: '' });
    }
  }
  const entityList = h('ul', { class: 'entity-list' });
  for (const e of entities) {
    const param = ENTITY_PARAM[e.type.toLowerCase()];
    const names = [];
    const primary = e.en || e.name;
    names.push(langSpan(primary, 'entity-name'));
    if (e.zh && e.zh !== primary) names.push(' ', h('span', { class: 'entity-zh', lang: 'zh' }, e.zh));
    let nameEl;
    if (param) {
      const s = cloneState(backState);
      s.article = '';
      s.page = 1;
      if (!s.filters[param].includes(e.name)) s.filters[param].push(e.name);
      nameEl = navLink(s, { class: 'entity-link', title: `Search articles filtered by ${e.type}: ${e.name}` }, names);
    } else {
      nameEl = h('span', { class: 'entity-link' }, names);
    }
    entityList.append(
      h(
        'li',
        { class: 'entity', dataset: { type: e.type, name: e.name } },
        nameEl,
        ' ',
        h('span', { class: ['entity-type', `entity-type-${e.type.toLowerCase()}`] }, e.type || 'entity'),
      ),
    );
  }

  const keywordList = h('ul', { class: 'keyword-list' });
  for (const k of arr(a.keywords)) {
    const kw = str(k);
    if (!kw) continue;
    const s = cloneState(backState);
    s.article = '';
    s.page = 1;
    if (!s.filters.keyword.includes(kw)) s.filters.keyword.push(kw);
    keywordList.append(h('li', {}, navLink(s, { class: 'keyword-link' }, langSpan(kw))));
  }

  const side = h(
    'div',
    { class: 'article-aside' },
    entities.length
      ? h('section', { class: 'article-entities', 'aria-labelledby': 'article-entities-h' },
          h('h2', { id: 'article-entities-h' }, 'Entities'), entityList)
      : null,
    keywordList.childElementCount
      ? h('section', { class: 'article-keywords', 'aria-labelledby': 'article-keywords-h' },
          h('h2', { id: 'article-keywords-h' }, 'Keywords'), keywordList)
      : null,
  );

  return [back, h('header', { class: 'article-header' }, heading, metaParts.length ? meta : null), columns, side];
}
