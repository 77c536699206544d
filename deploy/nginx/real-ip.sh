#!/bin/sh
# Prints nginx's realip settings for the proxies in front of it. TRUSTED_PROXIES lists them
# (addresses or CIDR ranges, separated by spaces or commas), e.g. a TLS terminator or a load
# balancer. A request from one of them has its client address taken from X-Forwarded-For (the
# last address there that no trusted proxy added); from anywhere else the header is ignored, so a
# client cannot choose its own address. Empty: clients reach nginx directly and their own address
# counts. The entrypoint and the tests both write real-ip.conf with this script.
set -eu
proxies=$(printf '%s' "${TRUSTED_PROXIES:-}" | tr ',' ' ')
for proxy in $proxies; do
  case "$proxy" in
    *[!0-9a-fA-F.:/]*) echo "TRUSTED_PROXIES: not an address or CIDR range: $proxy" >&2; exit 1 ;;
  esac
done
[ -n "$(printf '%s' "$proxies" | tr -d ' ')" ] || exit 0
for proxy in $proxies; do echo "set_real_ip_from $proxy;"; done
echo 'real_ip_header X-Forwarded-For;'
echo 'real_ip_recursive on;'
