/**
 * Looks at the app's layout on a device-sized page, shared by the device e2e spec and
 * scripts/docs/measure-layouts.ts: where the face and a slider are, whether anything scrolls
 * sideways, and which touch targets are smaller than a finger.
 */
import type { Page } from 'playwright-core';

/** The usual minimum touch target (WCAG 2.5.5, Apple's and Google's guides): 44 CSS px. */
export const MIN_TOUCH_TARGET = 44;

/** The device sizes the layouts are built for (CSS px), portrait and landscape; `touch`: a touch screen. */
export const DEVICE_SIZES = [
  { name: 'phone-small', width: 360, height: 740, touch: true },
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'phone-landscape', width: 844, height: 390, touch: true },
  { name: 'tablet', width: 820, height: 1180, touch: true },
  { name: 'tablet-landscape', width: 1180, height: 820, touch: true },
  { name: 'laptop', width: 1280, height: 800, touch: false },
  { name: 'desktop', width: 1920, height: 1080, touch: false },
] as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutLook {
  /** The device's screen as set for the page; a page wider than it makes a mobile browser zoom out. */
  viewport: { width: number; height: number };
  /** The document's width; more than the viewport's means the page scrolls sideways. */
  scrollWidth: number;
  scrollY: number;
  face: Box;
  slider: Box;
}

/** Where the main face and a slider are now, in viewport coordinates. */
export async function lookAtLayout(page: Page, sliderId = 'smiling'): Promise<LayoutLook> {
  const look = await page.evaluate((id) => {
    const box = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`${selector} is not on the page`);
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
    };
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollY: Math.round(window.scrollY),
      face: box('.main-face .frame'),
      slider: box(`#slider-${id}`),
    };
  }, sliderId);
  return { viewport: page.viewportSize()!, ...look };
}

/** Whether a box lies wholly inside the viewport. */
export function fullyInView(box: Box, viewport: { width: number; height: number }): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height;
}

/** Scrolls the page as a reader would to bring a slider into view (nearest edge, no jump past it). */
export async function scrollToSlider(page: Page, sliderId: string): Promise<void> {
  await page.evaluate((id) => document.getElementById(`slider-${id}`)!.scrollIntoView({ block: 'nearest' }), sliderId);
}

/**
 * The visible controls under `within` whose touch target is under `min` px either way: buttons,
 * selects, text fields, sliders, and checkboxes with the label that wraps them (a tap on the
 * label toggles the box, so the label is the target).
 */
export function smallTouchTargets(page: Page, within: string, min = MIN_TOUCH_TARGET): Promise<string[]> {
  return page.evaluate(
    ({ within, min }) => {
      const found: string[] = [];
      for (const root of document.querySelectorAll(within)) {
        for (const el of root.querySelectorAll<HTMLElement>('button, select, input, summary, a[href]')) {
          const target = el.matches('input[type=checkbox], input[type=radio]') ? (el.closest('label') ?? el) : el;
          const r = target.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (r.width < min - 0.5 || r.height < min - 0.5) {
            const name = el.getAttribute('aria-label') || el.id || el.textContent?.trim() || '';
            found.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
          }
        }
      }
      return found;
    },
    { within, min },
  );
}
