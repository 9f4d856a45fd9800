import type { ImportStage } from '../import/run-import.js';

const STAGE_LABELS: Readonly<Record<ImportStage, string>> = {
  read: 'Đọc tệp / Reading',
  check: 'Kiểm tra / Checking',
  apply: 'Ghi / Writing',
};
const WIDTH = 30;

/** One line of the bar: "Ghi / Writing  [███████░░░░]  45% 450/1000". */
export function progressLine(stage: ImportStage, done: number, total: number): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  return `${STAGE_LABELS[stage].padEnd(22)} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done}/${total}`;
}

/**
 * A progress bar on stderr for long imports: redrawn in place on a terminal, and on other outputs (logs, CI) one line
 * per stage when it ends, so logs stay readable.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  let lastStage: ImportStage | null = null;
  let lastDrawn = 0;
  return {
    update(stage: ImportStage, done: number, total: number): void {
      const finished = done >= total;
      if (stream.isTTY) {
        const now = Date.now();
        if (!finished && stage === lastStage && now - lastDrawn < 50) return;
        lastDrawn = now;
        stream.write(`\r${progressLine(stage, done, total)}${finished ? '\n' : ''}`);
      } else if (finished) {
        stream.write(`${progressLine(stage, done, total)}\n`);
      }
      lastStage = stage;
    },
  };
}
