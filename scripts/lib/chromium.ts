/**
 * How everything here launches a browser: Debian's Chromium (Playwright's own download is
 * unavailable), headless, optionally with SwiftShader standing in for a GPU so the WebGL and
 * WebGPU backends start without one (WebGPU also needs a secure context: serve on localhost).
 * No imports, so playwright.config.ts can read it cheaply; scripts drive the browser through
 * browser.ts, which launches it with these options.
 */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Every launch: no sandbox (containers), no background traffic or updates, no first-run UI. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Software WebGL and WebGPU (SwiftShader through ANGLE and Vulkan). */
export const SOFTWARE_GPU_FLAGS = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-angle=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface ChromiumOptions {
  /** Add SOFTWARE_GPU_FLAGS; default true, so every backend can start. */
  softwareGpu?: boolean;
}

/** Playwright's launch options (chromium.launch, or `use.launchOptions` in playwright.config.ts). */
export function chromiumLaunchOptions({ softwareGpu = true }: ChromiumOptions = {}) {
  return {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    args: softwareGpu ? [...CHROMIUM_FLAGS, ...SOFTWARE_GPU_FLAGS] : [...CHROMIUM_FLAGS],
  };
}
