#!/usr/bin/env bash
# What `./mvnw verify` needs besides the JDK, on a Debian or Ubuntu machine: Debian's Chromium and
# chromedriver for the browser tests, and MariaDB answering on 127.0.0.1:3306 (user root, empty
# password) for the database tests. Maven runs this before the tests (pom.xml, profile
# test-services); skip it with -Dsetup.skip or -DskipTests. It changes nothing when both are there,
# so it may run before every build. Installing and starting needs root, or sudo without a password.
#
# TEST_SERVICES_DRY_RUN=1 prints what it would do instead of doing it (tools/test-services-check.sh).
set -euo pipefail

DB_HOST=127.0.0.1
DB_PORT=${TEST_SERVICES_DB_PORT:-3306}
MARIADBD=${TEST_SERVICES_MARIADBD:-/usr/sbin/mariadbd}

say() { echo "test-services: $*"; }
fail() { echo "test-services: $*" >&2; echo "test-services: or skip this step with ./mvnw verify -Dsetup.skip" >&2; exit 1; }

# Runs a command as root: directly when root, else through sudo when it needs no password.
as_root() {
  if [ -n "${TEST_SERVICES_DRY_RUN:-}" ]; then say "would run: $*"; return 0; fi
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@"
  else fail "needs root or password-less sudo to run: $*"
  fi
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || fail "no apt-get here: install $* yourself"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -q "$@" || { as_root apt-get update -q && as_root apt-get install -y -q "$@"; }
}

db_answers() { (exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null; }

# Browser tests drive Debian's Chromium through Debian's chromedriver (never a downloaded browser).
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  say "chromium and chromedriver found"
else
  say "installing chromium and chromium-driver"
  apt_install chromium chromium-driver
fi

if db_answers; then
  say "MariaDB answers on $DB_HOST:$DB_PORT"
  exit 0
fi
installed=""
if [ ! -x "$MARIADBD" ]; then
  say "installing mariadb-server"
  apt_install mariadb-server
  installed=yes
fi
say "starting MariaDB"
as_root start-stop-daemon --start --oknodo --background --exec "$MARIADBD"
if [ -n "${TEST_SERVICES_DRY_RUN:-}" ]; then exit 0; fi
for _ in $(seq 1 60); do db_answers && break; sleep 1; done
db_answers || fail "MariaDB did not start on $DB_HOST:$DB_PORT"
if [ -n "$installed" ]; then
  # a fresh Debian MariaDB lets root in through the socket only; the tests log in over TCP
  say "letting root in over TCP from $DB_HOST with an empty password (this machine's test database)"
  as_root mariadb -uroot -e "CREATE USER IF NOT EXISTS 'root'@'$DB_HOST' IDENTIFIED BY ''; \
    GRANT ALL PRIVILEGES ON *.* TO 'root'@'$DB_HOST' WITH GRANT OPTION;"
fi
say "MariaDB started on $DB_HOST:$DB_PORT"
