/** What applying a set of changes did, by figure id. */
export interface AppliedChanges {
  created: number[];
  revised: number[];
  submitted: number[];
}

/** A figure changed between reading and writing: the import or save is refused rather than overwriting it. */
export class FigureConflict extends Error {
  constructor(readonly ids: readonly number[]) {
    super(`figures changed concurrently: ${ids.join(', ')}`);
  }
}
