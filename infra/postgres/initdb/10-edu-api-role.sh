#!/bin/sh
# Creates the API's role and database on first start: the role owns the database but is no superuser,
# and its statements stop after 5 s, as on the Kubernetes cluster (infra/k8s/base/database/cluster.yaml).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set api_password="$EDU_API_PASSWORD" <<'SQL'
CREATE ROLE edu_api LOGIN PASSWORD :'api_password';
ALTER ROLE edu_api SET statement_timeout = '5s';
CREATE DATABASE edu OWNER edu_api ENCODING 'UTF8';
SQL
