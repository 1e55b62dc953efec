/**
 * Comments that name a file name one that exists. Scans the comments of src/, scripts/ and
 * tests/ (and the root config files) for repo paths (src/…, scripts/…, tests/…, models/…,
 * docs/…, public/…), partial paths ending in a source extension (core/latent.ts, harness/bench.ts)
 * and bare source file names (latent.ts), and fails listing each that names nothing in the
 * working tree. Generated output (.cache/, dist/, the prepared model folders…) is not checked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

/** Written by builds, scripts and tests, or served from a package: absent from a fresh clone. */
const GENERATED = [
  '.cache/',
  'dist/',
  'dist-e2e/',
  'test-results/',
  'playwright-report/',
  'node_modules/',
  'models/progan-128/',
  'models/upscaler-x4/',
  // Served at <base>models/face-api/ from @vladmandic/face-api (scripts/build/serveModels.ts).
  'models/face-api/',
];

/** Names that look like paths here but are not, with why. */
const NOT_REPO_PATHS: Record<string, string> = {
  'float16/model.json': "a fault's file pattern, matched against the served model's URLs (scripts/testing/faults.ts)",
};

/** Folders a repo path starts with. */
const ROOTS = ['src', 'scripts', 'tests', 'models', 'docs', 'public'];
/** Extensions of the files a partial path or a bare name is checked for. */
const SOURCE_EXTENSIONS = ['ts', 'svelte', 'sh', 'md', 'json'];
const BARE_EXTENSIONS = ['ts', 'svelte', 'sh', 'md'];

export interface Comment {
  line: number;
  text: string;
}

const lineAt = (text: string, pos: number) => text.slice(0, pos).split('\n').length;

/** Every comment of a TypeScript source, from the parsed tree (strings and regexes are not comments). */
export function typeScriptComments(text: string, lineOffset = 0): Comment[] {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const comments: Comment[] = [];
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.add(range.pos);
      comments.push({ line: lineAt(text, range.pos) + lineOffset, text: text.slice(range.pos, range.end) });
    }
  };
  // Every node and token, punctuation included: a comment after `(` trails that token.
  const visit = (node: ts.Node) => {
    take(ts.getLeadingCommentRanges(text, node.getFullStart()));
    take(ts.getTrailingCommentRanges(text, node.getEnd()));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return comments.sort((a, b) => a.line - b.line);
}

/** A Svelte component's comments: its scripts' (as TypeScript), its markup's <!-- --> and its styles' /* *\/. */
export function svelteComments(text: string): Comment[] {
  const comments: Comment[] = [];
  const blanked = text.replace(/(<script[^>]*>)([\s\S]*?)(<\/script>)/g, (all, open: string, body: string, _close, at: number) => {
    comments.push(...typeScriptComments(body, lineAt(text, at + open.length) - 1));
    return all.replace(/[^\n]/g, ' ');
  });
  for (const match of blanked.matchAll(/<!--[\s\S]*?-->/g)) comments.push({ line: lineAt(text, match.index), text: match[0] });
  for (const style of blanked.matchAll(/<style[^>]*>[\s\S]*?<\/style>/g)) {
    for (const match of style[0].matchAll(/\/\*[\s\S]*?\*\//g)) {
      comments.push({ line: lineAt(text, style.index + match.index), text: match[0] });
    }
  }
  return comments.sort((a, b) => a.line - b.line);
}

const NOT_BEFORE = String.raw`(?<![\w./@\-])`;
const REPO_PATH = new RegExp(String.raw`${NOT_BEFORE}(?:${ROOTS.join('|')})\/[\w./\-]*`, 'g');
const PARTIAL_PATH = new RegExp(
  String.raw`${NOT_BEFORE}(?:\.{1,2}\/)*[\w\-]+(?:\/[\w.\-]+)*\/[\w\-]+(?:\.[\w\-]+)*\.(?:${SOURCE_EXTENSIONS.join('|')})(?![\w/\-])`,
  'g',
);
const BARE_NAME = new RegExp(String.raw`${NOT_BEFORE}[A-Za-z_][\w\-]*(?:\.[\w\-]+)*\.(?:${BARE_EXTENSIONS.join('|')})(?![\w/\-])`, 'g');

/** The file-like names in a comment: repo paths, partial paths and bare file names. */
export function namedPaths(comment: string): { kind: 'repo' | 'partial' | 'bare'; path: string }[] {
  const found: { kind: 'repo' | 'partial' | 'bare'; path: string }[] = [];
  // A path right after a package's name is in that package: "@vladmandic/face-api src/x.ts".
  const own = comment.replace(/@[\w-]+\/[\w.-]+\s+[\w./-]+/g, ' ');
  const rest = own.replace(REPO_PATH, (path) => {
    found.push({ kind: 'repo', path: path.replace(/[.]+$/, '') });
    return ' ';
  });
  const rest2 = rest.replace(PARTIAL_PATH, (path) => {
    found.push({ kind: 'partial', path });
    return ' ';
  });
  for (const match of rest2.matchAll(BARE_NAME)) found.push({ kind: 'bare', path: match[0] });
  return found;
}

/** Tracked files and untracked ones git does not ignore: what a fresh clone has, plus work in progress. */
function repoFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(REPO, file)));
}

describe('paths named in comments', () => {
  it('reads comments, not strings or regular expressions', () => {
    const comments = typeScriptComments(
      ["const a = '// not/a/comment.ts';", 'const b = /\\/models\\//; // one.ts', '/** two.ts */', 'f(/* three.ts */ 1);'].join('\n'),
    );
    expect(comments.map((c) => [c.line, c.text])).toEqual([
      [2, '// one.ts'],
      [3, '/** two.ts */'],
      [4, '/* three.ts */'],
    ]);
    const svelte = svelteComments('<script lang="ts">\n  // four.ts\n</script>\n<!-- five.svelte -->\n<style>\n  /* six.ts */\n</style>\n');
    expect(svelte.map((c) => [c.line, c.text])).toEqual([
      [2, '// four.ts'],
      [4, '<!-- five.svelte -->'],
      [6, '/* six.ts */'],
    ]);
  });

  it('finds repo paths, partial paths and bare names', () => {
    expect(namedPaths('see scripts/build/serve-static.ts, core/latent.ts and fooBar.ts; not @scope/pkg/x.ts or /url/a.ts')).toEqual([
      { kind: 'repo', path: 'scripts/build/serve-static.ts' },
      { kind: 'partial', path: 'core/latent.ts' },
      { kind: 'bare', path: 'fooBar.ts' },
    ]);
    expect(namedPaths('@vladmandic/face-api src/globalApi/FaceMatcher.ts')).toEqual([]);
    expect(namedPaths('(docs/skin-tone.md). models/directions.json.')).toEqual([
      { kind: 'repo', path: 'docs/skin-tone.md' },
      { kind: 'repo', path: 'models/directions.json' },
    ]);
  });

  it('name files that exist', () => {
    const files = repoFiles();
    const names = new Set(files.map((file) => basename(file)));
    const scanned = files.filter((file) => /^(src|scripts|tests)\/.*\.(ts|svelte)$/.test(file) || /^[^/]+\.config\.ts$/.test(file));
    const stale: string[] = [];
    for (const file of scanned) {
      const text = readFileSync(join(REPO, file), 'utf8');
      const comments = file.endsWith('.svelte') ? svelteComments(text) : typeScriptComments(text);
      for (const comment of comments) {
        const lines = comment.text.split('\n');
        for (const [i, line] of lines.entries()) {
          for (const { kind, path } of namedPaths(line)) {
            if (GENERATED.some((prefix) => path.startsWith(prefix) || path === prefix.slice(0, -1)) || path in NOT_REPO_PATHS) continue;
            const ok =
              kind === 'repo'
                ? existsSync(join(REPO, path))
                : kind === 'bare'
                  ? names.has(path)
                  : path.startsWith('.')
                    ? existsSync(resolve(REPO, dirname(file), path))
                    : files.some((f) => f === path || f.endsWith('/' + path));
            if (!ok) stale.push(`${file}:${comment.line + i}: ${path}`);
          }
        }
      }
    }
    expect(stale, `comments name files that do not exist (relative to ${relative(process.cwd(), REPO) || '.'})`).toEqual([]);
  });
});
