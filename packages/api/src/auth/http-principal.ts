import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { authenticate } from './authenticate.js';
import type { Principal } from './principal.js';

/** The caller of a plain HTTP endpoint, or null after answering 401 for a bad token (never a silent anonymous). */
export async function httpPrincipal(orm: MikroORM, req: Request, res: Response): Promise<Principal | null> {
  try {
    return await authenticate(orm.em.fork().getKysely<unknown>(), req.headers.authorization);
  } catch (caught) {
    if (!(caught instanceof GraphQLError)) throw caught;
    res.status(401).set('www-authenticate', 'Bearer').json({ errors: [{ message: caught.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    return null;
  }
}

/** Answers an HTTP endpoint's refusal in the shape GraphQL errors have. */
export function sendError(res: Response, status: number, code: string, messageVi: string, messageEn: string): void {
  res.status(status).json({ errors: [{ message: `${messageVi} / ${messageEn}`, extensions: { code } }] });
}
