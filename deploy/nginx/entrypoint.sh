#!/bin/sh
# Fills the configuration templates from the environment (only the platform's variables; nginx's
# own $variables stay) and runs nginx in the foreground.
set -eu
vars='${SITE_ROOT} ${CMS_UPSTREAM} ${PREVIEW_UPSTREAM} ${LISTEN_PORT} ${CSP_CMS_ORIGIN} ${NGINX_CONF_DIR} ${NGINX_PID} ${NGINX_ACCESS_LOG} ${NGINX_TEMP}'
export NGINX_CONF_DIR=/etc/nginx/mip/live NGINX_PID=/run/nginx.pid NGINX_ACCESS_LOG=/dev/stdout NGINX_TEMP=/var/cache/nginx/mip
mkdir -p "$NGINX_CONF_DIR"
for file in nginx.conf.template security-headers.conf csp.conf; do
  envsubst "$vars" < "/etc/nginx/mip/$file" > "$NGINX_CONF_DIR/${file%.template}"
done
sh /etc/nginx/mip/real-ip.sh > "$NGINX_CONF_DIR/real-ip.conf"
nginx -t -q -c "$NGINX_CONF_DIR/nginx.conf"
exec nginx -c "$NGINX_CONF_DIR/nginx.conf" -g 'daemon off;'
