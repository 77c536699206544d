# The platform's Node image: the CMS (`node scripts/cms-server.ts`, the default), the rebuild
# service (`node scripts/rebuild-service.ts`, which builds the static site) and the preview service
# (`node scripts/preview-service.ts`, editors' drafts) run from it.
# Nothing secret is built in: every setting comes from the environment at run time (.env).
FROM node:24-bookworm-slim AS base
ENV NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true ASTRO_TELEMETRY_DISABLED=1 npm_config_update_notifier=false
# pg_dump / pg_restore for `npm run backup` and `restore` (Debian 12's client matches PostgreSQL 15).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
WORKDIR /app

FROM base AS build
COPY package.json package-lock.json .npmrc ./
COPY cms/package.json cms/
COPY site/package.json site/
COPY shared-types/package.json shared-types/
COPY scripts/package.json scripts/
COPY testing/package.json testing/
COPY e2e/package.json e2e/
# Dev dependencies too: the site build (Astro, Pagefind) runs in the rebuild service.
RUN npm ci --include=dev --no-audit --no-fund
# S3 media storage (UPLOAD_PROVIDER=s3) needs Strapi's AWS S3 provider; build with
# --build-arg WITH_S3=true to include it (it is large, so not there by default).
ARG WITH_S3=false
RUN if [ "$WITH_S3" = "true" ]; then npm install --no-save -w cms @strapi/provider-upload-aws-s3@5; fi
COPY . .
# The admin panel is built into the image (no build at start); placeholders satisfy the config check.
RUN cd cms && APP_KEYS=build,time API_TOKEN_SALT=build ADMIN_JWT_SECRET=build TRANSFER_TOKEN_SALT=build JWT_SECRET=build ENCRYPTION_KEY=build npx strapi build
# The app runs as `node`: it compiles the CMS on start (cms/dist), the site build writes its caches
# (site/.astro, site/node_modules/.astro) and the releases (/srv/site), the CMS its uploads.
RUN mkdir -p /app/cms/public/uploads /srv/site /backups && chown -R node:node /app /srv/site /backups

FROM build AS app
USER node
EXPOSE 1337
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.CMS_PORT||1337)+'/_health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "scripts/cms-server.ts"]
