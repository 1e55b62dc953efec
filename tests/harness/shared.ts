/** What the browser harnesses share: backends registered, WASM served locally, files fetched. */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { ReadFile } from '../../src/core/modelFiles';

// Served by scripts/build/serve-static.ts; the default would fetch the binaries from a CDN.
setWasmPaths('/__test__/wasm/');

export function fetchReader(baseUrl: string): ReadFile {
  return async (path) => {
    const response = await fetch(new URL(path, baseUrl), { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    return response.arrayBuffer();
  };
}

/** Switches tfjs to a backend or throws saying why, so a test never silently runs on another. */
export async function useBackend(backend: string): Promise<string> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  try {
    if (!(await tf.setBackend(backend))) throw new Error(`${backend} did not initialise: ${warnings.join('; ') || 'no reason given'}`);
    await tf.ready();
  } finally {
    console.warn = warn;
  }
  if (tf.getBackend() !== backend) throw new Error(`asked for ${backend}, tfjs is on ${tf.getBackend()}`);
  return describeBackend(backend);
}

function describeBackend(backend: string): string {
  if (backend === 'webgl') {
    const gl = (tf.backend() as unknown as { gpgpu?: { gl: WebGL2RenderingContext } }).gpgpu?.gl;
    const debug = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = debug ? (gl!.getParameter(debug.UNMASKED_RENDERER_WEBGL) as string) : undefined;
    return `webgl${tf.env().getNumber('WEBGL_VERSION')} float32=${tf.env().getBool('WEBGL_RENDER_FLOAT32_ENABLED')} ${renderer ?? ''}`.trim();
  }
  if (backend === 'webgpu') {
    const info = (tf.backend() as unknown as { adapterInfo?: { vendor?: string; architecture?: string } }).adapterInfo;
    return `webgpu ${info?.vendor ?? ''} ${info?.architecture ?? ''}`.trim();
  }
  if (backend === 'wasm') {
    return `wasm simd=${tf.env().getBool('WASM_HAS_SIMD_SUPPORT')} threads=${tf.env().getBool('WASM_HAS_MULTITHREAD_SUPPORT')}`;
  }
  return backend;
}

export function setStatus(text: string): void {
  const status = document.getElementById('status');
  if (status) status.textContent = text;
}
