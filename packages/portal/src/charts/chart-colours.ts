/** Chart colours with at least 3:1 contrast on white (WCAG 1.4.11), and a target line unlike any value line. */
export const CHART_COLOURS = {
  value: '#1d70b8',
  highlight: '#0b0c0c',
  target: '#d4351c',
  muted: '#505a5f',
} as const;
