import { describe, expect, it } from 'vitest';
import { LEVELS } from './level.js';

describe('LEVELS', () => {
  it('lists mầm non with its two parts and the school levels', () => {
    expect(LEVELS).toEqual(expect.arrayContaining(['nha_tre', 'mau_giao', 'mam_non', 'tieu_hoc', 'thcs', 'thpt', 'gdtx']));
  });
});
