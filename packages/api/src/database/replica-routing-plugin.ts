import type { ApolloServerPlugin } from '@apollo/server';
import { createLoaders, type Context } from '../context.js';
import { readConnectionFor, RoutedEntityManager } from './routed-entity-manager.js';

/** Points a request's EntityManager, Kysely handle and loaders at the read replicas, before anything has run on them. */
function routeToReplicas(context: Context): void {
  const { em } = context;
  if (!(em instanceof RoutedEntityManager) || em.config.get('replicas', []).length === 0) return;
  em.reads = 'read';
  context.db = em.getKysely<unknown>({ type: 'read' });
  context.loaders = createLoaders({ em, db: context.db });
}

/**
 * Sends anonymous queries to the read replicas once the operation is known (the context is built before, on the
 * primary, where the bearer token is checked); every other request stays on the primary (see readConnectionFor).
 */
export function replicaRoutingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (readConnectionFor(operation?.operation, contextValue.principal) === 'read') routeToReplicas(contextValue);
        },
      };
    },
  };
}
