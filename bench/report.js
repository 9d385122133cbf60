// The JSON record of a run: machine, browser, options, every raw number, goals.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

const GB = 1024 ** 3;

/** What the numbers were measured on. */
export function machineInfo() {
  const cores = cpus();
  return {
    platform: platform(),
    release: release(),
    cpu: cores[0]?.model,
    cores: cores.length,
    memoryGB: +(totalmem() / GB).toFixed(1),
    freeMemoryGB: +(freemem() / GB).toFixed(1),
    loadAverage: loadavg(),
    node: process.version,
  };
}

/** Today's date as YYYY-MM-DD (local). */
export function today() {
  const now = new Date();
  const pad = n => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Writes `record` to `<dir>/<YYYY-MM-DD>.json` and returns the path.
 *
 * @param {string} dir
 * @param {object} record
 */
export async function writeReport(dir, record) {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${today()}.json`);
  await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
  return path;
}
