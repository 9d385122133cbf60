import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a fetch of `src` gave: the parsed JSON, or why there is none. */
export type Fetched = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly message: string };

/**
 * Fetches JSON documents for the `src` attribute. A newer request aborts the one in
 * flight, so the newest `src` always wins; disconnecting aborts too. Every failure
 * (network, HTTP status, not JSON, empty or truncated body) becomes a readable
 * message rather than an exception.
 */
export class SourceController implements ReactiveController {
  private pending?: AbortController;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Fetches `url`; resolves with null when a newer request (or a disconnect) superseded it. */
  async fetch(url: string, base = document.baseURI): Promise<Fetched | null> {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    const result = await load(url, base, controller.signal);
    if (controller.signal.aborted) return null;
    this.pending = undefined;
    return result;
  }

  /** True while a fetch is in flight. */
  get loading(): boolean {
    return this.pending !== undefined;
  }

  /** Abandons the fetch in flight, if any (its result is never delivered). */
  cancel(): void {
    this.pending?.abort();
    this.pending = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}

async function load(url: string, base: string, signal: AbortSignal): Promise<Fetched> {
  let response: Response;
  try {
    // Inside the try: a src that is not a URL at all ("http://[") is a failure to report too.
    response = await fetch(new URL(url, base), { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) return { ok: false, message: 'aborted' };
    return { ok: false, message: `Could not fetch ${url}: ${(error as Error).message || 'network error'}.` };
  }
  if (!response.ok) {
    return { ok: false, message: `Could not fetch ${url}: the server answered ${response.status} ${response.statusText}`.trim() + '.' };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) return { ok: false, message: 'aborted' };
    return { ok: false, message: `Could not read ${url}: ${(error as Error).message}.` };
  }
  return parseJson(text, url);
}

/** Parses JSON text with a message that says what was wrong (empty, HTML, truncated). */
export function parseJson(text: string, where: string): Fetched {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: `${where} is empty: expected a JSON document.` };
  if (trimmed.startsWith('<')) return { ok: false, message: `${where} is HTML or XML, not JSON: expected a JSON document.` };
  try {
    return { ok: true, json: JSON.parse(trimmed) };
  } catch (error) {
    return { ok: false, message: `${where} is not valid JSON (${(error as Error).message}).` };
  }
}
