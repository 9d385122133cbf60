/**
 * clusterTime (src/layout/cluster-time.ts) and describeCluster (src/element/describe.ts):
 * a cluster spans its events' starts as they are known, and is named no more precisely
 * than the best known of them.
 */
import { expect } from '@open-wc/testing';
import { clusterTime } from '../../src/layout/cluster-time.js';
import { prepare } from '../../src/layout/prepare.js';
import type { ClusterLayout } from '../../src/layout/view-layout.js';
import { readDocument } from '../../src/model/read.js';
import { describeCluster } from '../../src/element/describe.js';

const day = 86_400_000;

/** The document of `starts` prepared in UTC, and a cluster of all its events. */
function clusterOf(starts: string[]) {
  const prepared = prepare(readDocument({ events: starts.map((start, i) => ({ title: `E${i}`, start })) }).document, 'UTC');
  const events = Int32Array.from(prepared.order);
  const cluster: ClusterLayout = { lane: 0, row: 0, y: 0, x0: 0, x1: 24, events, start: prepared.startEarliest[events[0]], end: prepared.startEarliest[events[events.length - 1]] };
  const time = clusterTime(prepared, cluster);
  return { cluster, time, name: describeCluster(events.length, cluster.start, cluster.end, 'en-GB', time.grain) };
}

describe('clusterTime', () => {
  it('spans one day’s events to the end of that day, and names the day, not its midnight', () => {
    const { time, name } = clusterOf(['1990-01-01', '1990-01-01']);
    expect(time.start).to.equal(Date.UTC(1990, 0, 1));
    expect(time.end).to.equal(Date.UTC(1990, 0, 2) - 1);
    expect(time.grain).to.equal(day - 1);
    expect(name).to.equal('2 events, 1 January 1990. Press Enter to zoom in.');
  });

  it('names months as months, and times to the minute when one is known to it', () => {
    expect(clusterOf(['2001-05', '2001-05', '2001-05']).name).to.equal('3 events, May 2001. Press Enter to zoom in.');
    const timed = clusterOf(['2001-05-03T10:15Z', '2001-05-03', '2001-05-03T11:40Z']);
    expect(timed.time.grain).to.be.below(day - 1);
    // (Chromium writes midnight "0:00", Firefox "00:00".)
    expect(timed.name).to.match(/^3 events, 3 May 2001, 0?0:00 to 3 May 2001, 11:40\. Press Enter to zoom in\.$/);
  });

  it('takes the best known event of a cluster that mixes precisions', () => {
    const mixed = clusterOf(['2001', '2001-05', '2001-05-03']);
    expect(mixed.time.grain).to.equal(day - 1);
    // Four months apart: named by month, as any span over 90 days is.
    expect(mixed.name).to.equal('3 events, January 2001 to May 2001. Press Enter to zoom in.');
    expect(mixed.time.end).to.equal(Date.UTC(2001, 4, 4) - 1);
  });
});
