/**
 * Resolves once the browser has had a chance to paint and to run queued input: an animation
 * frame callback runs just before a paint, and a task queued from it runs after that paint.
 * Starting the next face there means the last one is on screen first (WASM blocks the page
 * while it computes) and a burst of slider events costs one face, for the newest value.
 * The timeout keeps a hidden tab, which gets no animation frames, drawing.
 */
export function afterNextPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
