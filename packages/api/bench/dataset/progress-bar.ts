const WIDTH = 30;

/** "[████░░░░]  45% 4,500,000/10,000,000  180,000 rows/s" */
export function progressLine(label: string, done: number, total: number, seconds: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  const rate = seconds > 0 ? Math.round(done / seconds) : 0;
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${rate.toLocaleString('en')} rows/s`;
}

/** A row counter on stderr: redrawn in place on a terminal, one line per tenth elsewhere (logs stay short). */
export function createRowProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let lastDrawn = 0;
  let lastTenth = -1;
  return {
    update(done: number): void {
      const seconds = (performance.now() - started) / 1000;
      const finished = done >= total;
      if (stream.isTTY) {
        if (!finished && performance.now() - lastDrawn < 200) return;
        lastDrawn = performance.now();
        stream.write(`\r${progressLine(label, done, total, seconds)}${finished ? '\n' : ''}`);
        return;
      }
      const tenth = Math.floor((10 * done) / Math.max(1, total));
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${progressLine(label, done, total, seconds)}\n`);
      }
    },
  };
}
