/** A rule the input broke, told in Vietnamese and English so either can be shown to the person who typed it. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    /** Stable machine-readable code, e.g. "invalid_period_key". */
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(`${messageVi} (${messageEn})`);
  }
}
