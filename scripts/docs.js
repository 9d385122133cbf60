// `npm run docs`: custom-elements.json from the JSDoc, then the README's API tables
// from it. `--check` changes nothing and fails when the README is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { apiTables, withTables } from './api-tables.js';

execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const updated = withTables(readme, apiTables(manifest));
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md API tables are out of date: run npm run docs');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log('README.md API tables updated from custom-elements.json');
}
