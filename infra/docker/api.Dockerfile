# syntax=docker/dockerfile:1
# The GraphQL API and its command line (migrate, seed), compiled in one stage and run from a slim
# image as an unprivileged user. Build from the repository root:
#   docker build -f infra/docker/api.Dockerfile -t edu-vn/api .

ARG NODE_IMAGE=node:24-slim

FROM ${NODE_IMAGE} AS base
# Keep in step with "packageManager" in the root package.json (infra.test.ts checks it).
ARG PNPM_VERSION=10.34.8
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    CI=true
RUN corepack enable && corepack prepare "pnpm@${PNPM_VERSION}" --activate
WORKDIR /app

# Every workspace manifest, so that the frozen lockfile matches the workspace it describes.
FROM base AS manifests
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/api/package.json packages/api/
COPY packages/portal/package.json packages/portal/

FROM manifests AS build
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY tsconfig.base.json tsconfig.json ./
COPY packages/domain packages/domain
COPY packages/api packages/api
RUN pnpm exec tsc -b packages/api

# Production dependencies of the API and of the workspace packages it uses, nothing else.
FROM manifests AS prod
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter "@edu-vn/api..." --store-dir /pnpm/store
COPY --from=build /app/packages/domain/dist packages/domain/dist
COPY --from=build /app/packages/domain/data packages/domain/data
COPY --from=build /app/packages/api/dist packages/api/dist

FROM ${NODE_IMAGE} AS runtime
# tini forwards SIGTERM to Node and reaps children: Node as PID 1 ignores default signal handling.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=4000 \
    LOG_LEVEL=info
WORKDIR /app
# Owned by root and read-only to the process: the API cannot rewrite its own code.
COPY --from=prod /app /app
# The numeric id of the image's "node" user, so Kubernetes can verify runAsNonRoot.
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "packages/api/dist/main.js"]
