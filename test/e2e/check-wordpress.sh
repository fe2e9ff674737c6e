#!/usr/bin/env bash
# The outside check of the WordPress plugin on a real WordPress: Debian 12's wordpress package
# (WordPress 6.1, Twenty Twenty-Three), Apache with PHP and MariaDB, all on 127.0.0.1. It starts
# its own MariaDB (a private data folder and socket) and its own Apache (a private config on a
# random port), so it touches no running service, then test/e2e/check-wordpress.mjs drives the
# installer, the admin screens, an Author in the block editor and the public pages in Chromium.
#
# Slow (a few minutes the first time, for the Debian packages), so not part of CI:
#   npm run check:wordpress          (as root on Debian 12; builds the release first)
# RELEASE_ZIP=<rpc-kit-<version>.zip> checks that release instead of building one.
# KEEP_WORDPRESS=1 leaves the site's files and logs in the work folder it prints.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

fail() { echo "WordPress check: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (it installs Debian packages and runs Apache and MariaDB as their own users)."
[ -f /etc/debian_version ] && command -v apt-get >/dev/null || fail "needs Debian (12) with apt-get."

version=$(node -p "require('./package.json').version")
if [ -n "${RELEASE_ZIP:-}" ]; then
  release=$(realpath "$RELEASE_ZIP")
else
  echo "== building the release (npm run release) =="
  build_log=$(mktemp)
  npm run release >"$build_log" 2>&1 || { cat "$build_log"; rm -f "$build_log"; fail "npm run release failed"; }
  rm -f "$build_log"
  release="$repo/dist/release/rpc-kit-$version.zip"
fi
echo "release: $release"

echo "== Debian packages =="
packages=(wordpress wordpress-theme-twentytwentythree apache2 libapache2-mod-php mariadb-server php-mysql poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
fi
node scripts/ensure-browser.mjs
echo "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php), $(php -r 'echo "PHP ", PHP_VERSION;'), $(mariadbd --version | sed 's/^.*Ver \([^ ]*\).*/MariaDB \1/'), $(apache2 -v | sed -n 's/^Server version: //p')"

work=$(mktemp -d /tmp/rpc-kit-wordpress.XXXXXX)
chmod 755 "$work"
port=""
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 20000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || fail "no free port found"
site="rpc-kit-check-$port"
config="/etc/wordpress/config-$site.php"
db_pid=""
web_pid=""
cleanup() {
  set +e
  [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null && wait "$web_pid" 2>/dev/null
  [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null
  rm -f "$config"
  if [ "${KEEP_WORDPRESS:-}" = 1 ]; then echo "Kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "== MariaDB (private, socket $work/run/mysqld.sock) =="
mkdir -p "$work/db" "$work/run"
chown mysql:mysql "$work/db" "$work/run"
mariadb-install-db --user=mysql --datadir="$work/db" --skip-test-db --auth-root-authentication-method=socket >"$work/db-install.log" 2>&1 \
  || { cat "$work/db-install.log"; fail "mariadb-install-db failed"; }
mariadbd --user=mysql --datadir="$work/db" --socket="$work/run/mysqld.sock" --pid-file="$work/run/mysqld.pid" \
  --skip-networking --log-error="$work/run/mysqld.log" &
db_pid=$!
for _ in $(seq 1 100); do [ -S "$work/run/mysqld.sock" ] && break; sleep 0.1; done
[ -S "$work/run/mysqld.sock" ] || { cat "$work/run/mysqld.log"; fail "MariaDB did not start"; }
db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
sql() { mariadb --socket="$work/run/mysqld.sock" -uroot "$@"; }
sql -e "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$db_password'; GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';"

echo "== WordPress's files and config (WORDPRESS_CONFIG=$site) =="
content="$work/wp-content"
mkdir -p "$content/plugins" "$content/uploads" "$content/upgrade" "$content/languages"
ln -s /usr/share/wordpress/wp-content/themes "$content/themes"
chown -R www-data:www-data "$content"
salts=$(for k in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
  echo "define('$k', '$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')');"
done)
cat >"$config" <<PHP
<?php
// Written by RPC Kit's test/e2e/check-wordpress.sh; removed when it ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost:$work/run/mysqld.sock');
define('WP_HOME', 'http://127.0.0.1:$port');
define('WP_SITEURL', 'http://127.0.0.1:$port');
define('WP_CONTENT_DIR', '$content');
define('WP_CONTENT_URL', 'http://127.0.0.1:$port/wp-content');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$work/debug.log');
$salts
PHP
chgrp www-data "$config"
chmod 640 "$config"
touch "$work/debug.log" && chown www-data "$work/debug.log"

echo "== Apache (private config, http://127.0.0.1:$port/) =="
php_module=$(ls /usr/lib/apache2/modules/libphp*.so | head -n 1)
mkdir -p "$work/apache"
cat >"$work/apache/httpd.conf" <<CONF
ServerRoot "/etc/apache2"
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile "$work/apache/httpd.pid"
DefaultRuntimeDir "$work/apache"
ErrorLog "$work/apache/error.log"
LogLevel warn
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module $php_module
TypesConfig /etc/mime.types
DocumentRoot /usr/share/wordpress
Alias /wp-content "$content"
SetEnv WORDPRESS_CONFIG $site
DirectoryIndex index.php index.html
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory "$content">
  Options FollowSymLinks
  Require all granted
</Directory>
CONF
# In a session of its own: Apache signals its whole process group when it stops, and that group
# must not be this script's.
setsid apache2 -f "$work/apache/httpd.conf" -DFOREGROUND &
web_pid=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { cat "$work/apache/error.log"; fail "Apache did not start"; }

echo "== the check, in Chromium =="
set +e
node test/e2e/check-wordpress.mjs "http://127.0.0.1:$port/" "$release"
code=$?
set -e

if [ $code = 0 ]; then
  left=$(sql -N -e "SELECT COUNT(*) FROM wordpress.wp_options WHERE option_name LIKE 'rpc\\_kit\\_%'")
  if [ "$left" != 0 ]; then echo "  - deleting the plugin left $left rpc_kit_ options in the database"; code=1; else
    echo "Deleting the plugin removed its options (none left in wp_options)."; fi
fi
if [ -s "$work/debug.log" ] && grep -q "rpc-kit" "$work/debug.log"; then
  echo "PHP notices from the plugin (wp-content debug.log):"; grep "rpc-kit" "$work/debug.log" | head -20; code=1
fi
exit $code
