import { describe, expect, it } from 'vitest';
import { dataStatusNote } from './data-status.js';

describe('dataStatusNote', () => {
  it('names the statuses and the latest date, in Vietnamese', () => {
    expect(
      dataStatusNote(
        [
          { status: 'published', recordedAt: '2024-07-15T09:00:00.000Z' },
          { status: 'published', recordedAt: '2025-07-15T09:00:00.000Z' },
          { status: 'approved', recordedAt: null },
        ],
        'vi',
      ),
    ).toBe('Đã công bố, Đã duyệt, cập nhật 15/07/2025');
  });

  it('writes the date in English on English pages', () => {
    expect(dataStatusNote([{ status: 'published', recordedAt: '2025-07-15T09:00:00.000Z' }], 'en')).toBe('Published, updated 15 July 2025');
  });

  it('says nothing for no figures', () => {
    expect(dataStatusNote([], 'vi')).toBeNull();
  });
});
