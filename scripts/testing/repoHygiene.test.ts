/** Generated weights and build output are never committed: a tracked file over 2 MiB fails this. */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const LIMIT = 2 * 1024 * 1024;

describe('the repository', () => {
  it('tracks no file larger than 2 MiB', () => {
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
    const large = tracked.filter((file) => {
      try {
        return statSync(join(REPO, file)).size > LIMIT;
      } catch {
        return false; // deleted in the working tree
      }
    });
    expect(large).toEqual([]);
  });
});
