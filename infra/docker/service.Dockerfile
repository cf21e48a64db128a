# One image for the three services (the compose file picks the entry point). Build context: repo root.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps ./apps
COPY libs ./libs
COPY tsconfig.base.json tsconfig.json nx.json jest.preset.js eslint.config.js ./
COPY tools ./tools
RUN npm ci --no-audit --no-fund && npx nx run-many -t build --projects=tag:type:app

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
RUN npm prune --omit=dev
USER node
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/live').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
