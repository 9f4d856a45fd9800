import { describe, expect, test } from 'vitest';
import { createProgressBar, progressLine } from './progress-bar.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream, written };
}

describe('progressLine', () => {
  test.each([
    [0, 1000, '  0% 0/1000', 0],
    [450, 1000, ' 45% 450/1000', 14],
    [1000, 1000, '100% 1000/1000', 30],
    [0, 0, '100% 0/0', 30],
  ])('draws %i of %i', (done, total, tail, filled) => {
    const line = progressLine('apply', done, total);
    expect(line.endsWith(tail)).toBe(true);
    expect(line.split('█').length - 1).toBe(filled);
  });
});

describe('createProgressBar', () => {
  test('redraws in place on a terminal and ends the line when a stage is done', () => {
    const { stream, written } = fakeStream(true);
    const bar = createProgressBar(stream);
    bar.update('apply', 0, 10);
    bar.update('apply', 10, 10);
    expect(written.every((text) => text.startsWith('\r'))).toBe(true);
    expect(written.at(-1)?.endsWith('\n')).toBe(true);
  });

  test('writes one line per finished stage elsewhere', () => {
    const { stream, written } = fakeStream(false);
    const bar = createProgressBar(stream);
    bar.update('read', 0, 1);
    bar.update('read', 1, 1);
    bar.update('apply', 5, 10);
    bar.update('apply', 10, 10);
    expect(written).toHaveLength(2);
  });
});
