// npm start: serves the demo with the TypeScript sources compiled on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { edtfWithoutLocalesServer, nearleyAsModuleServer } from './scripts/edtf-plugins.js';

export default {
  open: false,
  watch: false,
  // The demo lives in demo/; the bare address redirects there.
  middleware: [
    (context, next) => {
      if (context.path === '/' || context.path === '/index.html') return context.redirect('/demo/');
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'import', 'default'] },
  port: Number(process.env.PORT ?? 8000),
  mimeTypes: { '**/*.ts': 'js' },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), edtfWithoutLocalesServer(), nearleyAsModuleServer()],
};
