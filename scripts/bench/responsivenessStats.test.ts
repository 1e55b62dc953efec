import { describe, expect, it } from 'vitest';
import { formatResponsivenessTable, summarizeResponsiveness } from './responsivenessStats';

describe('responsiveness summary', () => {
  it('reports the longest task, heartbeat delays and the median engine time per face', () => {
    const row = summarizeResponsiveness('worker', 'storm', {
      longTasks: [60, 120],
      heartbeatDelays: [1, 2, 3, 4, 100],
      frameTimes: [0, 1000, 2100, 3100],
      engineMs: [900, 1000, 1100, 5000],
      elapsedMs: 3200,
    });
    expect(row).toMatchObject({ longestTaskMs: 120, heartbeatWorstMs: 100, frames: 4, engineMs: 1050, elapsedMs: 3200 });
    expect(row.heartbeatP95Ms).toBeGreaterThan(4);
  });

  it('says "< 50" when the browser saw no long task, and "–" without faces to compare', () => {
    const row = summarizeResponsiveness('worker', 'gallery', {
      longTasks: [],
      heartbeatDelays: [0],
      frameTimes: [5],
      engineMs: [],
      elapsedMs: 10,
    });
    expect(formatResponsivenessTable([row])).toContain('| worker | gallery | < 50 | 0 | 0 | 1 | – | 10 |');
  });
});
