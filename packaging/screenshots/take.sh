#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Deploys a small multi-cloud service ("shop": VMs in Seoul, Ohio and Paris on three clouds)
# on the simulated clouds, then photographs the console under Xvfb in English and Korean:
# the map, the dashboards, the catalog and the infrastructures. Needs xvfb (xvfb-run) and a built `barista`.
#
#   packaging/screenshots/take.sh [path/to/barista]      (default build/dev/app/barista)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$(realpath "${1:-build/dev/app/barista}")
ws=$(mktemp -d)
trap 'rm -rf "$ws"' EXIT
export BARISTA_WORKSPACE="$ws" BARISTA_SIM_TIME_SCALE=0.01 XDG_CONFIG_HOME="$ws/config"

cli() { "$bin" "$@" >/dev/null; }

cli connection add --name aws-us-east-2 --provider aws --region us-east-2
cli connection add --name gcp-europe-west9 --provider gcp --region europe-west9

deploy() { # connection spec image count
  local c=$1 spec=$2 image=$3 count=$4
  cli resource create --connection "$c" --kind vpc --name shop-net --cidr 10.0.0.0/16 --subnet shop-sub=10.0.1.0/24
  cli resource create --connection "$c" --kind securitygroup --name shop-sg --vpc shop-net --rule inbound,tcp,22,0.0.0.0/0 \
    --rule inbound,tcp,443,0.0.0.0/0
  cli resource create --connection "$c" --kind keypair --name shop-key
  for i in $(seq 1 "$count"); do
    cli resource create --connection "$c" --kind vm --name "shop-$i" --vpc shop-net --subnet shop-sub --sg shop-sg \
      --keypair shop-key --spec "$spec" --image "$image" --tag barista-infra=shop --wait
  done
}
deploy aws-ap-northeast-2 t3.small ubuntu-22.04 4
deploy aws-us-east-2 t3.medium ubuntu-22.04 3
deploy gcp-europe-west9 e2-standard-2 ubuntu-2204-lts 3
deploy gcp-asia-northeast3 e2-standard-4 ubuntu-2204-lts 2
# A second, single-cloud service, and one VM stopped, so the status colours differ.
cli resource create --connection azure-koreacentral --kind vpc --name batch-net --cidr 10.1.0.0/16 --subnet batch-sub=10.1.1.0/24
cli resource create --connection azure-koreacentral --kind securitygroup --name batch-sg --vpc batch-net
cli resource create --connection azure-koreacentral --kind keypair --name batch-key
for i in 1 2; do
  cli resource create --connection azure-koreacentral --kind vm --name "batch-$i" --vpc batch-net --subnet batch-sub \
    --sg batch-sg --keypair batch-key --spec Standard_B2s --image Ubuntu22.04 --tag barista-infra=batch --wait
done
cli resource control --connection aws-us-east-2 --kind vm --action suspend shop-3 --wait

# A multi-cloud infrastructure made by the infra engine (CB-Tumblebug's MCI) from one spec:
# its connections are added as the review plans, and the simulated clouds refuse some VMs for
# lack of capacity (seeded), so the picture shows failed nodes with the cloud's error too.
cat >"$ws/media.yaml" <<'YAML'
name: media
description: Video API on three clouds
policyOnPartialFailure: continue
nodeGroups:
  - name: edge
    specId: aws+ap-southeast-1+t3.small
    imageId: ubuntu-22.04
    nodeGroupSize: 3
  - name: api
    specId: gcp+europe-west3+e2-standard-2
    imageId: ubuntu-2204-lts
    nodeGroupSize: 2
  - name: encoder
    specId: azure+eastus+Standard_D4s_v5
    imageId: Ubuntu22.04
    nodeGroupSize: 2
YAML
BARISTA_SIM_SEED=7 BARISTA_SIM_CAPACITY_PCT=20 "$bin" infra create "$ws/media.yaml" >/dev/null 2>&1 ||
  echo "media: created with failed nodes (intended)"

shoot() { # lang view file [query]
  BARISTA_LANG=$1 BARISTA_SCREENSHOT="$here/$3" BARISTA_SCREENSHOT_VIEW=$2 BARISTA_SCREENSHOT_QUERY="${4:-}" \
    xvfb-run -a -s "-screen 0 1920x1080x24" "$bin" --workspace "$ws"
  echo "wrote $here/$3"
}
for lang in en ko; do
  shoot "$lang" map "map-$lang.png"
  shoot "$lang" dashboards "dashboards-$lang.png"
  shoot "$lang" catalog "catalog-$lang.png" "near:seoul sort:price"
  shoot "$lang" infra "infra-$lang.png"
done
