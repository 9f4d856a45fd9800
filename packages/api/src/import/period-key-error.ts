import { DomainError, parsePeriod } from '@edu-vn/domain';

/** Why a period key cannot be read, or null when it can: checked where entries are read so no later step throws. */
export function periodKeyError(key: string): { code: string; detailVi: string; detailEn: string } | null {
  try {
    parsePeriod(key);
    return null;
  } catch (caught) {
    if (!(caught instanceof DomainError)) throw caught;
    return { code: caught.code, detailVi: lowerFirst(caught.messageVi), detailEn: lowerFirst(caught.messageEn) };
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
