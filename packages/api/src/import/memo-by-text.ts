/** Most texts a file repeats on every row (levels, periods, indicator codes); this many distinct ones are remembered. */
const REMEMBERED = 1_000;

/** Remembers a pure reading of a cell's text, so a large file reads each distinct label once. */
export function memoByText<T>(read: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text) as T;
    const result = read(text);
    if (seen.size < REMEMBERED) seen.set(text, result);
    return result;
  };
}
