/** A fault in the administrative-unit data files, naming the file, line and field in Vietnamese and English. */
export class AdminUnitDataError extends Error {
  override readonly name = 'AdminUnitDataError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string | null,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    const whereVi = field === null ? `${file}, dòng ${line}` : `${file}, dòng ${line}, cột "${field}"`;
    const whereEn = field === null ? `${file}, line ${line}` : `${file}, line ${line}, field "${field}"`;
    super(`${whereVi}: ${messageVi} / ${whereEn}: ${messageEn}`);
  }
}
