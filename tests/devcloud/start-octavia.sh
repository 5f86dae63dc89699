#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# start-octavia.sh - add Octavia (load-balancer v2 API) to a running devcloud.
#
# Runs Debian 12's python3-octavia (Zed) the way the devcloud runs its other
# services: octavia-api and octavia-worker as plain python processes on
# 127.0.0.1, DB in the devcloud's MariaDB, RPC over its RabbitMQ, auth through
# its Keystone. The worker uses Octavia's own no-op amphora/compute/network/
# volume/image drivers (as Octavia's functional tests do), so load balancers,
# listeners, pools, members and health monitors really go through the
# controller's flows and reach ACTIVE, without amphora VMs. The VIP address is
# the no-op network driver's fixed 198.51.100.1.
#
# Usage (root, devcloud already running):  ./start-octavia.sh ; ./stop-octavia.sh
# Env: DEVCLOUD_DIR (default /tmp/devcloud), SVC_PASSWORD, DB_PASSWORD (the
# devcloud's defaults), OCTAVIA_SKIP_APT=1. Idempotent: a second run while the
# processes are alive only checks the API; otherwise it reuses config and DB.
set -euo pipefail

DC=${DEVCLOUD_DIR:-/tmp/devcloud}
OD=$DC/octavia
SVC_PASSWORD=${SVC_PASSWORD:-devcloud-svc}
DB_PASSWORD=${DB_PASSWORD:-devclouddb}
HOST=127.0.0.1
PORT=9876
REGION=RegionOne
PIDFILE=$OD/run/octavia.pids
KS=http://$HOST:5000

T0=$(date +%s.%N)
ts() { date +%H:%M:%S; }
log() { echo "[$(ts)] $*"; }
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}'; }
mark() { echo "octavia $1 $(elapsed "$2")s"; }
die() { echo "ERROR: $*" >&2; exit 1; }
http_up() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" | grep -qE '^[2-4]'; }
wait_for() { # what timeout cmd...
  local what=$1 tmo=$2; shift 2
  local t=$(date +%s)
  until "$@" >/dev/null 2>&1; do
    [ $(( $(date +%s) - t )) -ge "$tmo" ] && die "timeout waiting for $what (see $OD/log)"
    sleep 0.5
  done
}

[ "$(id -u)" = 0 ] || die "run as root (apt install)"
[ -S "$DC/run/mysqld.sock" ] || die "the devcloud is not running ($DC/run/mysqld.sock missing); run start-devcloud.sh first"
http_up $KS/v3 || die "the devcloud's keystone does not answer on $KS"

alive=0
if [ -s "$PIDFILE" ]; then
  alive=1
  while read -r _ pid; do kill -0 "$pid" 2>/dev/null || alive=0; done < "$PIDFILE"
  if [ "$alive" = 1 ]; then
    wait_for octavia-api 60 http_up http://$HOST:$PORT/
    log "octavia already running (pids in $PIDFILE); API answers on http://$HOST:$PORT"
    exit 0
  fi
  die "octavia was started before but some of its processes are gone; run stop-octavia.sh first"
fi

# 1. packages (only python3-octavia; everything else comes with the devcloud)
if [ "${OCTAVIA_SKIP_APT:-0}" != 1 ] && ! dpkg-query -W -f='${Status}' python3-octavia 2>/dev/null | grep -q "ok installed"; then
  T=$(date +%s.%N)
  mkdir -p "$OD/log"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-octavia \
    > "$OD/log/apt-install.log" 2>&1 || { tail -30 "$OD/log/apt-install.log"; die "apt-get install python3-octavia failed"; }
  mark apt "$T"
fi

mkdir -p "$OD"/{etc,run,log,bin,certs,state/locks}

# 2. config + a throw-away CA for the local certificate generator (the amphora
#    flows issue a server certificate even with the no-op amphora driver)
T=$(date +%s.%N)
if [ ! -s "$OD/certs/ca.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=devcloud-octavia-ca" \
    -keyout "$OD/certs/ca.key" -out "$OD/certs/ca.pem" >/dev/null 2>&1 || die "openssl CA failed"
fi
cat > "$OD/etc/octavia.conf" <<EOF
[DEFAULT]
log_file = $OD/log/octavia.log
transport_url = rabbit://guest:guest@$HOST:5672/
[api_settings]
bind_host = $HOST
bind_port = $PORT
auth_strategy = keystone
enabled_provider_drivers = amphora:The Octavia Amphora driver (no-op backends on the devcloud)
default_provider_driver = amphora
[database]
connection = mysql+pymysql://devcloud:$DB_PASSWORD@$HOST/octavia
[oslo_messaging]
topic = octavia_prov
[oslo_concurrency]
lock_path = $OD/state/locks
[controller_worker]
amphora_driver = amphora_noop_driver
compute_driver = compute_noop_driver
network_driver = network_noop_driver
volume_driver = volume_noop_driver
image_driver = image_noop_driver
distributor_driver = distributor_noop_driver
loadbalancer_topology = SINGLE
amp_image_tag = amphora
amp_flavor_id = 1
amp_boot_network_list = devcloud-noop
client_ca = $OD/certs/ca.pem
workers = 1
[task_flow]
jobboard_enabled = False
[certificates]
cert_generator = local_cert_generator
ca_certificate = $OD/certs/ca.pem
ca_private_key = $OD/certs/ca.key
[keystone_authtoken]
www_authenticate_uri = $KS
auth_url = $KS
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = octavia
password = $SVC_PASSWORD
region_name = $REGION
service_token_roles_required = true
[service_auth]
auth_url = $KS
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = octavia
password = $SVC_PASSWORD
region_name = $REGION
EOF
mkbin() { printf '#!/usr/bin/python3\nimport sys\nfrom %s import main\nsys.exit(main())\n' "$2" > "$OD/bin/$1"; chmod +x "$OD/bin/$1"; }
mkbin octavia-api octavia.cmd.api
mkbin octavia-worker octavia.cmd.octavia_worker
mkbin octavia-db-manage octavia.db.migration.cli
mark config "$T"

# 3. database (in the devcloud's MariaDB; its devcloud user has ALL on *.*)
T=$(date +%s.%N)
mariadb --no-defaults --socket="$DC/run/mysqld.sock" -uroot -e "CREATE DATABASE IF NOT EXISTS octavia"
"$OD/bin/octavia-db-manage" --config-file "$OD/etc/octavia.conf" upgrade head > "$OD/log/db-manage.log" 2>&1 \
  || { tail -20 "$OD/log/db-manage.log"; die "octavia-db-manage upgrade head failed"; }
mark db_sync "$T"

# 4. keystone: service user, load-balancer service/endpoints, the demo user's
#    load-balancer_member role (find-or-create)
T=$(date +%s.%N)
OS_CLIENT_CONFIG_FILE="$DC/clouds.yaml" SVC_PASSWORD=$SVC_PASSWORD REGION=$REGION \
  URL=http://$HOST:$PORT /usr/bin/python3 - <<'EOF'
import os, openstack
c = openstack.connect(cloud='devcloud-admin')
idn, region, url = c.identity, os.environ['REGION'], os.environ['URL']
svc_project = idn.find_project('service')
user = idn.find_user('octavia') or idn.create_user(
    name='octavia', password=os.environ['SVC_PASSWORD'], domain_id='default', default_project_id=svc_project.id)
for role in ('admin', 'service'):
    idn.assign_project_role_to_user(svc_project, user, idn.find_role(role))
svc = next((s for s in idn.services() if s.type == 'load-balancer'), None) \
    or idn.create_service(name='octavia', type='load-balancer', is_enabled=True)
have = {e.interface for e in idn.endpoints(service_id=svc.id, region_id=region)}
for iface in ('public', 'internal', 'admin'):
    if iface not in have:
        idn.create_endpoint(service_id=svc.id, interface=iface, url=url, region_id=region)
# Octavia's default policy admits project members only with the load-balancer_member
# role (as on real clouds); give it to the devcloud's demo user.
lb_member = idn.find_role('load-balancer_member') or idn.create_role(name='load-balancer_member')
demo_project, demo = idn.find_project('demo'), idn.find_user('demo')
if demo_project and demo:
    idn.assign_project_role_to_user(demo_project, demo, lb_member)
EOF
mark keystone_registration "$T"

# 5. processes, each in its own process group (stop-octavia.sh signals the groups)
T=$(date +%s.%N)
: > "$PIDFILE"
start_svc() {
  local name=$1; shift
  setsid "$@" >>"$OD/log/$name.out" 2>&1 </dev/null &
  echo "$name $!" >> "$PIDFILE"
  log "started $name (pid $!)"
}
start_svc octavia-api "$OD/bin/octavia-api" --config-file "$OD/etc/octavia.conf"
start_svc octavia-worker "$OD/bin/octavia-worker" --config-file "$OD/etc/octavia.conf"
wait_for octavia-api 120 http_up http://$HOST:$PORT/
mark api_answering "$T"
mark total "$T0"
log "octavia is up: http://$HOST:$PORT (load-balancer in $REGION). Logs: $OD/log  PIDs: $PIDFILE"
