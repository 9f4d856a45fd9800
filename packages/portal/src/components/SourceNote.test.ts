import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import SourceNote from './SourceNote.astro';

async function render(props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  return (await container.renderToString(SourceNote, { props })).replace(/\s+/g, ' ');
}

describe('SourceNote', () => {
  it('gives the source, the query that reproduces the figures and the downloads', async () => {
    const html = await render({ lang: 'vi', query: 'plan-003', download: 'plan-003-targets', parts: ['Kế hoạch Duyên Hải 2024-2025'] });
    expect(html).toContain('Nguồn: Kế hoạch Duyên Hải 2024-2025.');
    expect(html).toContain('<a href="/du-lieu-mo/truy-van/plan-003/">Truy vấn GraphQL tái tạo số liệu</a> · Tải về');
    expect(html).toContain('href="/du-lieu/plan-003-targets.json"');
  });

  it('leaves out the query link and its separator when each row links its own, and empty parts', async () => {
    const html = await render({ lang: 'en', download: 'indicator-dropout_rate-thcs', parts: [''] });
    expect(html).not.toContain('Source:');
    expect(html).not.toContain('GraphQL');
    expect(html).toMatch(/<p class="source"[^>]*> Download <a/);
  });
});
