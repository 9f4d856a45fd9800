#!/usr/bin/env bash
# Checks everything in infra/ with every validator this machine has, without a Docker engine or a
# Kubernetes cluster, and prints what was checked and what was not (and why).
# Usage: infra/validate.sh [--install]   (--install: first apt-get the validators Debian packages)
set -uo pipefail
infra=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$infra")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "${1:-}" = "--install" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    docker-compose nginx-light shellcheck yamllint >/dev/null
fi

summary=()
failed=0
ran() { summary+=("  ok    $1"); }
broke() { summary+=("  FAIL  $1"); failed=1; }
skipped() { summary+=("  --    $1"); }
has() { command -v "$1" >/dev/null 2>&1; }

# Runs a validator with its output in a file (some open /dev/stderr, which a socket cannot be),
# shows the output only when it fails.
check() {
  local label=$1
  shift
  echo "== $label"
  if "$@" >"$work/out" 2>&1; then
    ran "$label"
  else
    cat "$work/out"
    broke "$label"
  fi
}

cd "$infra" || exit 1

echo "== vitest --project infra: YAML, Kubernetes API types, Compose schema, Dockerfile lint, nginx.conf, manifest rules"
if (cd "$repo" && scripts/node24.sh pnpm exec vitest run --project infra); then
  ran "vitest --project infra (always-run checks, plus the tools below when installed)"
else
  broke "vitest --project infra"
fi

echo "== tsc -p infra"
if (cd "$repo" && scripts/node24.sh pnpm exec tsc -p infra); then
  ran "tsc -p infra (infra.test.ts and checks/ type-check)"
else
  broke "tsc -p infra"
fi

if has kubectl; then
  for dir in k8s/base k8s/overlays/production; do
    check "kubectl kustomize $dir" kubectl kustomize "$dir"
  done
  if has kubeconform; then
    check "kubeconform -strict on the production overlay (CloudNativePG kinds skipped)" \
      sh -c 'kubectl kustomize k8s/overlays/production | kubeconform -strict -summary -ignore-missing-schemas -'
  else
    skipped "kubeconform: not installed (no Debian or npm package; infra.test.ts checks built-in kinds against the API types instead)"
  fi
else
  skipped "kubectl kustomize: kubectl is not installed (Debian: kubernetes-client)"
fi

if has docker && docker compose version >/dev/null 2>&1; then
  check "docker compose config" docker compose -f compose.yaml config --quiet
else
  skipped "docker compose config: the docker client has no Compose plugin"
fi
if has docker-compose; then
  check "docker-compose config (Compose v1)" docker-compose -f compose.yaml config --quiet
else
  skipped "docker-compose config: not installed (Debian: docker-compose)"
fi

if has nginx; then
  check "nginx -t docker/nginx.conf" nginx -t -c "$infra/docker/nginx.conf" -e "$work/nginx-error.log"
else
  skipped "nginx -t: nginx is not installed (Debian: nginx-light)"
fi

if has shellcheck; then
  mapfile -t scripts < <(find . -name '*.sh' -not -path '*/node_modules/*' | sort)
  check "shellcheck ${scripts[*]}" shellcheck "${scripts[@]}"
else
  skipped "shellcheck: not installed (Debian: shellcheck)"
fi

if has yamllint; then
  check "yamllint --strict (rules in .yamllint.yaml)" yamllint -c .yamllint.yaml --strict .
else
  skipped "yamllint: not installed (Debian: yamllint)"
fi

if has hadolint; then
  check "hadolint docker/*.Dockerfile" hadolint docker/api.Dockerfile docker/portal.Dockerfile
else
  skipped "hadolint: not installed (no Debian or npm package; infra.test.ts lints with dockerfile-utils instead)"
fi

skipped "docker build: needs a Docker engine and the base images' registry"

echo
echo "Checked:"
printf '%s\n' "${summary[@]}"
exit "$failed"
