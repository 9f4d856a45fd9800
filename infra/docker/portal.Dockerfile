# syntax=docker/dockerfile:1
# The public portal: Astro builds the static site from a running API, nginx serves it unprivileged.
# Build from the repository root, with the API the site's data comes from:
#   docker build -f infra/docker/portal.Dockerfile --build-arg API_URL=https://api.example.org -t edu-vn/portal .

ARG NODE_IMAGE=node:24-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:stable-alpine

FROM ${NODE_IMAGE} AS build
# Keep in step with "packageManager" in the root package.json (infra.test.ts checks it).
ARG PNPM_VERSION=10.34.8
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
    CI=true
RUN corepack enable && corepack prepare "pnpm@${PNPM_VERSION}" --activate
WORKDIR /app
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/api/package.json packages/api/
COPY packages/portal/package.json packages/portal/
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY tsconfig.base.json tsconfig.json ./
COPY packages/domain packages/domain
COPY packages/portal packages/portal
RUN pnpm exec tsc -b packages/domain
# The address the build fetches the site's data from (a base URL or its /graphql endpoint).
ARG API_URL
RUN test -n "$API_URL" || { echo "API_URL is required: the portal is built from the API's data / cần API_URL: cổng thông tin được dựng từ dữ liệu của API" >&2; exit 1; }
RUN pnpm --filter @edu-vn/portal build
# Compressed copies beside the originals, served as they are by gzip_static.
RUN find packages/portal/dist -type f \
      \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.mjs' -o -name '*.json' \
         -o -name '*.svg' -o -name '*.csv' -o -name '*.txt' -o -name '*.xml' -o -name '*.webmanifest' \) \
      -size +1k -exec gzip -9 -k -n {} +

FROM ${NGINX_IMAGE} AS serve
COPY infra/docker/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/packages/portal/dist /usr/share/nginx/html
# The numeric id of the image's "nginx" user, so Kubernetes can verify runAsNonRoot.
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/healthz"]
