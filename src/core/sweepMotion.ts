/**
 * The presenter's "play" motion: a slider eased back and forth between 0 and 100, starting
 * from where it is so pressing play never makes the face jump.
 */
export function playValue(elapsedMs: number, periodMs: number, startValue: number): number {
  const startPhase = Math.acos(Math.min(1, Math.max(-1, (50 - startValue) / 50)));
  const phase = startPhase + (2 * Math.PI * elapsedMs) / periodMs;
  return Math.round(50 - 50 * Math.cos(phase));
}
