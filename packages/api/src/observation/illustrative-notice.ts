/** A notice in both languages. */
export interface Notice {
  vi: string;
  en: string;
}

/** Said on every response that carries figures generated for demonstration, so none is mistaken for a real one. */
export const ILLUSTRATIVE_NOTICE: Notice = {
  vi: 'Số liệu minh họa: có số liệu do máy sinh ra để trình diễn, không phải số liệu thật.',
  en: 'Illustrative figures: some figures were generated for demonstration and are not real.',
};

/** The notice for a response, or null when it carries no illustrative figure. */
export function noticeFor(illustrative: boolean): Notice | null {
  return illustrative ? ILLUSTRATIVE_NOTICE : null;
}
