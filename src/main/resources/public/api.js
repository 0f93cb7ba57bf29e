// Thin client for the NewsBridge JSON API.

export class ApiError extends Error {
  constructor(message, { status = 0, code = '' } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

const TIMEOUT_MS = 30000;

async function getJson(path, signal) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT_MS);
  const onAbort = () => controller.abort(signal.reason);
  if (signal) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  let response;
  try {
    response = await fetch(path, {
      headers: { Accept: 'application/json' },
      signal: controller.signal,
      credentials: 'same-origin',
    });
  } catch (err) {
    if (signal && signal.aborted) throw err; // superseded by a newer request
    if (controller.signal.aborted) {
      throw new ApiError('The server took too long to answer. Please try again.', { code: 'timeout' });
    }
    throw new ApiError('Could not reach the NewsBridge server. Check your connection and try again.', {
      code: 'network',
    });
  } finally {
    clearTimeout(timer);
    if (signal) signal.removeEventListener('abort', onAbort);
  }

  let body = null;
  const text = await response.text();
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) {
    const message =
      body && typeof body.message === 'string' && body.message.trim()
        ? body.message
        : `The server answered with an error (HTTP ${response.status}).`;
    const code = body && typeof body.error === 'string' ? body.error : '';
    throw new ApiError(message, { status: response.status, code });
  }
  if (body === null || typeof body !== 'object') {
    throw new ApiError('The server sent an answer that could not be read.', { status: response.status });
  }
  return body;
}

/** GET /api/search with the given URLSearchParams. */
export function search(params, signal) {
  return getJson(`api/search?${params.toString()}`, signal);
}

/** GET /api/articles/{id}. */
export function article(id, signal) {
  return getJson(`api/articles/${encodeURIComponent(id)}`, signal);
}
