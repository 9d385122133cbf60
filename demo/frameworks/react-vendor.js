// The parts of React 19 the React example uses, as one ES module for the browser.
// React is published as CommonJS only; `npm run build` bundles this file with rollup
// into demo/frameworks/vendor/react.js (a bundler does the same in an app).
export { createElement, useState } from 'react';
export { createRoot } from 'react-dom/client';
