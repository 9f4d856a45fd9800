import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** A fresh server-side document per chart: Plot draws into it and we keep only the markup. */
function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/** Renders an Observable Plot specification to an SVG string at build time, so no chart needs JavaScript. */
export function renderSvg(options: Plot.PlotOptions, label: string): string {
  const element = Plot.plot({ ...options, document: serverDocument(), className: 'chart' }) as unknown as Element;
  const svg = element.tagName.toLowerCase() === 'svg' ? element : element.querySelector('svg');
  if (!svg) throw new Error('Plot did not produce an SVG');
  // Inside role="img" the marks are presentational: Plot's labels on <g> elements would be prohibited ARIA.
  for (const mark of Array.from(svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]'))) {
    mark.removeAttribute('aria-label');
    mark.removeAttribute('aria-description');
    mark.removeAttribute('aria-hidden');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.removeAttribute('height');
  svg.removeAttribute('width');
  return roundCoordinates(svg.outerHTML);
}

/** Plot writes coordinates like 190.00000000000003; one decimal is enough on screen and saves bytes. */
export function roundCoordinates(markup: string): string {
  return markup.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
}
