import { GraphQLError } from 'graphql';

/** Codes of errors caused by the request, shown to the client as they are. */
export const USER_ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN'] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** An error the client caused, in Vietnamese and English, with a code clients can branch on. */
export function userError(code: UserErrorCode, messageVi: string, messageEn: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${messageVi} / ${messageEn}`, { extensions: { code, ...extensions } });
}
