/** Codes of a mutation's user errors: what the caller did wrong, never a fault of the server. */
export const MUTATION_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'INVALID_TRANSITION', 'VALIDATION_FAILED'] as const;
export type MutationErrorCode = (typeof MUTATION_ERROR_CODES)[number];

/** A mistake in a mutation's input, with the path of the field at fault (["items", "2", "version"]). */
export interface MutationError {
  field: string[] | null;
  code: MutationErrorCode;
  /** The rule broken, e.g. "rate_out_of_range" or "stale_version". */
  rule: string;
  messageVi: string;
  messageEn: string;
}

export function mutationError(field: (string | number)[] | null, code: MutationErrorCode, rule: string, messageVi: string, messageEn: string): MutationError {
  return { field: field === null ? null : field.map(String), code, rule, messageVi, messageEn };
}

/** Thrown inside a transaction to roll it back and hand the user errors to the payload. */
export class MutationRejected extends Error {
  constructor(readonly errors: MutationError[]) {
    super(errors.map((error) => error.messageEn).join('; '));
  }
}
