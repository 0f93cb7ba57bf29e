// Small DOM helpers. Text always goes in through textContent / text nodes, never innerHTML.

/**
 * Creates an element. attrs: plain attributes (false/null/undefined skipped, true -> ""), plus
 * `class` and `dataset` (object). children: strings (text nodes) or nodes; null/false skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'dataset') {
      for (const [dk, dv] of Object.entries(value)) {
        if (dv !== null && dv !== undefined) el.dataset[dk] = String(dv);
      }
    } else if (key === 'class') {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value);
    } else if (key === 'text') {
      el.textContent = String(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

export function hasCjk(text) {
  return CJK_RE.test(text || '');
}

/** A span with lang="zh" or lang="en" depending on whether the text contains CJK characters. */
export function langSpan(text, cls) {
  return h('span', { class: cls, lang: hasCjk(text) ? 'zh' : 'en' }, text);
}

/**
 * A label such as "Antonio Guterres · 古特雷斯" split on " · ", each part tagged with its language.
 */
export function bilingualLabel(text) {
  const parts = String(text).split(' · ');
  const nodes = [];
  parts.forEach((part, i) => {
    if (i > 0) nodes.push(h('span', { class: 'label-sep', 'aria-hidden': 'true' }, ' · '));
    nodes.push(langSpan(part));
  });
  return nodes;
}

const NAMED_ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };

/** Decodes the HTML character references an escaped snippet can contain (without using the HTML parser). */
export function decodeEntities(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (match, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        return '\ufffd';
      }
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    return named === undefined ? match : named;
  });
}

/**
 * Renders an API snippet: HTML-escaped text where matches are wrapped in exactly <mark>…</mark>.
 * Splits on those two tags only; everything else becomes text nodes.
 */
export function snippetNodes(snippet) {
  const nodes = [];
  if (!snippet) return nodes;
  const tokens = String(snippet).split(/(<mark>|<\/mark>)/);
  let inMark = false;
  let mark = null;
  for (const token of tokens) {
    if (token === '<mark>') {
      if (!inMark) {
        inMark = true;
        mark = document.createElement('mark');
        nodes.push(mark);
      }
      continue;
    }
    if (token === '</mark>') {
      inMark = false;
      mark = null;
      continue;
    }
    if (!token) continue;
    const textNode = document.createTextNode(decodeEntities(token));
    if (inMark) mark.append(textNode);
    else nodes.push(textNode);
  }
  return nodes.filter((n) => !(n.nodeName === 'MARK' && !n.textContent));
}

/** Host name of a URL for display, or the URL itself when it cannot be parsed. */
export function hostOf(url) {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

/** True when the URL is safe to put in an href (http/https only). */
export function isSafeHttpUrl(url) {
  if (!url || typeof url !== 'string') return false;
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function formatNumber(n) {
  return Number(n || 0).toLocaleString('en-US');
}

export function plural(n, one, many) {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
