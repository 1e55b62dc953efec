/**
 * How tests and the benchmark launch a browser here: Debian's Chromium (Playwright's own
 * download is unavailable), headless, with SwiftShader standing in for a GPU so the WebGL and
 * WebGPU backends start without one. WebGPU also needs a secure context: serve on localhost.
 */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-angle=swiftshader',
  '--use-webgpu-adapter=swiftshader',
  '--enable-unsafe-swiftshader',
];

export const chromiumLaunchOptions = { executablePath: CHROMIUM_EXECUTABLE, headless: true, args: CHROMIUM_ARGS };
