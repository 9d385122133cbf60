// A dev-server plugin with routes the tests fetch: real HTTP responses, not mocks.
// /test-server/status/404, /status/500, /html, /truncated, /empty, /slow?ms=…, /events?n=…,
// /body?b=<base64url bytes>&type=… (any body the tests make up, byte for byte),
// /csp-page (the bundle under a strict Content-Security-Policy), /built-bundle (dist/event-timeline.js
// byte for byte as text: the test runner's esbuild re-transpiles every script it serves)
import { readFileSync } from 'node:fs';

export function testServer() {
  return {
    name: 'event-timeline-test-server',
    async serve(context) {
      const url = new URL(context.request.url, 'http://localhost');
      if (!url.pathname.startsWith('/test-server/')) return undefined;
      const route = url.pathname.slice('/test-server/'.length);
      const status = /^status\/(\d{3})$/.exec(route);
      if (status) {
        context.status = Number(status[1]);
        return { body: `status ${status[1]}`, type: 'text/plain' };
      }
      if (route === 'csp-page') {
        // The built bundle on a page with a strict CSP and Trusted Types required.
        context.set('Content-Security-Policy', "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'");
        return {
          body: `<!doctype html><html lang="en"><head><title>CSP</title>
<script type="module" src="/dist/event-timeline.js"></script>
<script type="module" src="/test/csp/page.js"></script></head>
<body><event-timeline src="/demo/data/china-belarus.json" style="width: 900px; height: 420px"></event-timeline></body></html>`,
          type: 'html',
        };
      }
      if (route === 'body') {
        context.set('Cache-Control', 'no-store');
        return { body: Buffer.from(url.searchParams.get('b') ?? '', 'base64url'), type: url.searchParams.get('type') ?? 'application/json' };
      }
      if (route === 'html') return { body: '<!doctype html><title>Not JSON</title><p>Oops', type: 'text/html' };
      if (route === 'truncated') return { body: '{"events":[{"title":"a","start":"2001"', type: 'application/json' };
      if (route === 'empty') return { body: '', type: 'application/json' };
      if (route === 'slow') {
        const ms = Math.min(Number(url.searchParams.get('ms') ?? 500), 5000);
        await new Promise(resolve => setTimeout(resolve, ms));
        const title = url.searchParams.get('title') ?? 'slow';
        return { body: JSON.stringify([{ title, start: '2001-01-01' }]), type: 'application/json' };
      }
      if (route === 'built-bundle') return { body: readFileSync('dist/event-timeline.js', 'utf8'), type: 'text/plain' };
      if (route === 'events') {
        const title = url.searchParams.get('title') ?? 'event';
        const n = Math.min(Number(url.searchParams.get('n') ?? 3), 100000);
        const events = Array.from({ length: n }, (_, i) => ({ id: i, title: `${title} ${i}`, start: `${2000 + (i % 20)}-01-01` }));
        return { body: JSON.stringify(events), type: 'application/json' };
      }
      return undefined;
    },
  };
}
