/** Saving the sweep: the CSV, and the chart's panels as one stand-alone SVG file. */

/** Starts a download of `blob` named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser reads the blob after click() returns; give it time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface ChartPanel {
  title: string;
  svg: SVGSVGElement;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_HEIGHT = 22;
const GAP = 12;

/**
 * The panels laid out in a grid inside one SVG, each under its title, on white: the file opens
 * in a browser or a vector editor without the page's styles (which the on-page charts rely on).
 */
export function combinedChartSvg(heading: string, panels: readonly ChartPanel[], columns = 3): string {
  const width = Math.max(...panels.map((p) => Number(p.svg.getAttribute('width')) || 0));
  const height = Math.max(...panels.map((p) => Number(p.svg.getAttribute('height')) || 0));
  const rows = Math.ceil(panels.length / columns);
  const top = TITLE_HEIGHT + GAP;
  const total = { w: columns * width + (columns + 1) * GAP, h: top + rows * (height + TITLE_HEIGHT + GAP) + GAP };
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(total.w));
  root.setAttribute('height', String(total.h));
  root.setAttribute('viewBox', `0 0 ${total.w} ${total.h}`);
  root.setAttribute('font-family', 'system-ui, sans-serif');
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = 'svg { color: #1b1b1f; } text { white-space: pre; }';
  root.append(style, rect(total.w, total.h), text(heading, GAP, TITLE_HEIGHT - 4, 15));
  panels.forEach((panel, i) => {
    const x = GAP + (i % columns) * (width + GAP);
    const y = top + Math.floor(i / columns) * (height + TITLE_HEIGHT + GAP);
    const chart = panel.svg.cloneNode(true) as SVGSVGElement;
    chart.setAttribute('x', String(x));
    chart.setAttribute('y', String(y + TITLE_HEIGHT));
    chart.removeAttribute('class');
    root.append(text(panel.title, x, y + 15, 12), chart);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

function rect(width: number, height: number): SVGRectElement {
  const r = document.createElementNS(SVG_NS, 'rect');
  r.setAttribute('width', String(width));
  r.setAttribute('height', String(height));
  r.setAttribute('fill', 'white');
  return r;
}

function text(content: string, x: number, y: number, size: number): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', '600');
  t.setAttribute('fill', '#1b1b1f');
  t.textContent = content;
  return t;
}
