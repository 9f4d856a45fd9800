import { unpublishedScope, type UnpublishedScope } from '../auth/policy.js';
import type { Context } from '../context.js';

/** Which unpublished figures the caller may read. */
export function viewerScope(ctx: Context): UnpublishedScope {
  return unpublishedScope(ctx.principal);
}
