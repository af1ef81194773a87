# syntax=docker/dockerfile:1
# One image for every service; the service is chosen at run time:
#   docker build -t groundswell .
#   docker run groundswell members        (or gateway, content, campaigns, moderation, analytics, access)
# The runtime stage's steps are replayed by deploy/image/production-install.int-spec.ts, so what
# this image installs is what the test suite starts.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
# tini as PID 1 forwards SIGTERM to Node (which drains and exits within SHUTDOWN_TIMEOUT_MS) and
# reaps zombies; Node as PID 1 would ignore SIGTERM until the service installs its own handler.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY --from=build /app/dist ./dist
# The official image's unprivileged "node" user, by number so Kubernetes can verify runAsNonRoot.
USER 1000:1000
ENV HOST=0.0.0.0
EXPOSE 4000 4101 4102 4103 4104 4105 4106
ENTRYPOINT ["/usr/bin/tini", "--", "node", "dist/scripts/lib/run-service.js"]
CMD ["gateway"]
