import {
  EntityManager,
  type AbortQueryOptions,
  type ConnectionType,
  type CountByOptions,
  type CountOptions,
  type FindOneOptions,
  type FindOptions,
} from '@mikro-orm/postgresql';
import type { OperationTypeNode } from 'graphql';
import type { Principal } from '../auth/principal.js';

/**
 * Where a GraphQL operation reads: only an anonymous query may see a read replica's data, a moment behind the
 * primary. A mutation, anything an account asks (its own drafts, just saved) and an unknown operation read the primary.
 */
export function readConnectionFor(operation: OperationTypeNode | undefined, principal: Principal): ConnectionType {
  return operation === 'query' && principal.kind === 'anonymous' ? 'read' : 'write';
}

/**
 * The API's EntityManager: `em.find`, `em.count` and the like outside a transaction use the connection `reads` names,
 * the primary unless a request was routed to the replicas. Transactions always run on the primary (MikroORM pins them).
 */
export class RoutedEntityManager extends EntityManager {
  reads: ConnectionType = 'write';

  protected override prepareOptions<
    Options extends (FindOptions<any, any, any, any> | FindOneOptions<any, any, any, any> | CountOptions<any, any> | CountByOptions<any>) & AbortQueryOptions,
  >(options: Options): Options {
    const prepared = super.prepareOptions(options);
    prepared.connectionType ??= this.reads;
    return prepared;
  }
}
