/** Observable Plot's output made fit for this page. */

/**
 * Plot adds an inline <style>, which the site's Content-Security-Policy refuses (the charts'
 * components carry the same rules); and one labelled image per chart, because Plot's per-mark
 * labels ("dot", "bar") sit on plain groups, where ARIA forbids them.
 */
export function fitPlotForPage(svg: SVGSVGElement): SVGSVGElement {
  svg.querySelectorAll('style').forEach((s) => s.remove());
  svg.setAttribute('role', 'img');
  svg.querySelectorAll('[aria-label]').forEach((e) => e !== svg && e.removeAttribute('aria-label'));
  return svg;
}
