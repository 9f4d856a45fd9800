import * as pagefind from 'pagefind';

/** Indexes the built pages for search; Pagefind keeps one index per html lang, so Vietnamese and English stay apart. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
