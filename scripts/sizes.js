// Prints the built files' sizes, raw and gzipped, at the end of `npm run build`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kB = bytes => `${(bytes / 1024).toFixed(1)} kB`;
const gz = buffer => gzipSync(buffer, { level: 9 }).length;

const bundle = readFileSync('dist/event-timeline.js');
console.log(`dist/event-timeline.js  ${kB(bundle.length)}  gzipped ${kB(gz(bundle))}  (self-contained)`);

const files = [];
const walk = dir =>
  readdirSync(dir).forEach(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.js')) files.push(path);
  });
walk('lib');
const lib = Buffer.concat(files.map(file => readFileSync(file)));
console.log(`lib/ (${files.length} modules)  ${kB(lib.length)}  gzipped ${kB(gz(lib))}  (without dependencies)`);
