/**
 * Test-only files the static server answers under /__test__/: the tiny model, tfjs's WASM
 * binaries, and harness pages bundled from tests/harness/<name>.ts with esbuild on request
 * (incrementally, so an edited harness is picked up without restarting a reused server).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { context, type BuildContext } from 'esbuild';
import { buildTinyModel } from './tinyModel';
import { buildTinyUpscaler } from './tinyUpscaler';

const REPO = resolve(import.meta.dirname, '../..');
const HARNESS_DIR = join(REPO, 'tests/harness');
const WASM_DIR = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
const NAME = /^[a-z][a-z0-9-]*$/;

export interface TestFile {
  data: Uint8Array;
  /** File name whose extension gives the MIME type. */
  name: string;
}

function harnessPage(name: string): Uint8Array {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${name} harness</title><link rel="icon" href="data:,"></head>
<body><p id="status">loading ${name} harness…</p><script type="module" src="harness/${name}.js"></script></body>
</html>
`;
  return new TextEncoder().encode(html);
}

export class TestRoutes {
  private tinyModel: Map<string, Uint8Array> | undefined;
  private tinyUpscaler: Map<string, Uint8Array> | undefined;
  private tinyModel64: Map<string, Uint8Array> | undefined;
  private readonly bundlers = new Map<string, Promise<BuildContext>>();

  /** The file for a path below /__test__/, or undefined when there is none. */
  async resolve(rel: string): Promise<TestFile | undefined> {
    const [folder, file, ...rest] = rel.split('/');
    // The app looks for a model's upscaler in its upscaler/ subfolder: both tiny models share one.
    if ((folder === 'tiny-model' || folder === 'tiny-model-64') && file === 'upscaler' && rest.length === 1) {
      this.tinyUpscaler ??= buildTinyUpscaler();
      const data = this.tinyUpscaler.get(rest[0]!);
      return data && { data, name: rest[0]! };
    }
    if (rest.length) return undefined;
    if (folder === 'tiny-model' && file) {
      this.tinyModel ??= buildTinyModel();
      const data = this.tinyModel.get(file);
      return data && { data, name: file };
    }
    if (folder === 'tiny-model-64' && file) {
      this.tinyModel64 ??= buildTinyModel(undefined, 64);
      const data = this.tinyModel64.get(file);
      return data && { data, name: file };
    }
    if (folder === 'wasm' && file && /^tfjs-backend-wasm[a-z-]*\.wasm$/.test(file)) {
      const path = join(WASM_DIR, file);
      return existsSync(path) ? { data: await readFile(path), name: file } : undefined;
    }
    if (folder === 'harness' && file?.endsWith('.js')) {
      const name = file.slice(0, -3);
      if (!NAME.test(name) || !existsSync(join(HARNESS_DIR, `${name}.ts`))) return undefined;
      return { data: await this.bundle(name), name: file };
    }
    if (folder?.endsWith('.html') && file === undefined) {
      const name = folder.slice(0, -5);
      if (!NAME.test(name) || !existsSync(join(HARNESS_DIR, `${name}.ts`))) return undefined;
      return { data: harnessPage(name), name: folder };
    }
    return undefined;
  }

  private async bundle(name: string): Promise<Uint8Array> {
    let bundler = this.bundlers.get(name);
    if (!bundler) {
      bundler = context({
        entryPoints: [join(HARNESS_DIR, `${name}.ts`)],
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      this.bundlers.set(name, bundler);
    }
    const result = await (await bundler).rebuild();
    const output = result.outputFiles?.[0];
    if (!output) throw new Error(`esbuild produced no output for tests/harness/${name}.ts`);
    return output.contents;
  }

  async close(): Promise<void> {
    const bundlers = [...this.bundlers.values()];
    this.bundlers.clear();
    await Promise.all(bundlers.map(async (b) => (await b).dispose()));
  }
}
