# syntax=docker/dockerfile:1
# FandomBot: compiled ahead of time (NativeAOT) in the .NET SDK image, run on the .NET runtime-deps image as the
# non-root `app` user. Native: the bot starts in a fraction of a second and idles in about half the memory of the
# JIT build (bench/RESULTS.md). The base images are build arguments so that air-gapped builders can pass local
# stand-ins; the defaults are the official images.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0

FROM ${SDK_IMAGE} AS build
# NativeAOT links with the platform toolchain: clang, and zlib for System.IO.Compression.
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Docker sets TARGETARCH (amd64, arm64); the runtime identifier follows it.
ARG TARGETARCH
# Restore first, from the project files alone, so the package layer is cached across source changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Directory.Build.props src/
COPY src/FandomBot/FandomBot.csproj src/FandomBot/
COPY src/FandomBot.Core/FandomBot.Core.csproj src/FandomBot.Core/
COPY src/FandomBot.Discord/FandomBot.Discord.csproj src/FandomBot.Discord/
COPY src/FandomBot.Storage/FandomBot.Storage.csproj src/FandomBot.Storage/
COPY src/FandomBot.Replay/FandomBot.Replay.csproj src/FandomBot.Replay/
RUN rid="linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)" \
    && dotnet restore src/FandomBot/FandomBot.csproj -r "$rid" -p:PublishAot=true
COPY src/ src/
COPY config/ config/
# The debug symbols (.dbg, ~50 MB) stay in the build stage.
RUN rid="linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)" \
    && dotnet publish src/FandomBot/FandomBot.csproj -c Release -r "$rid" -p:PublishAot=true -o /app --no-restore --disable-build-servers \
    && rm -f /app/*.dbg /app/*.pdb /app/*.xml

FROM ${RUNTIME_IMAGE} AS runtime
WORKDIR /app
COPY --from=build /app ./
# `fandombot` on the PATH, as README and the health check call it. /data holds the SQLite file and the status file.
RUN ln -s /app/FandomBot /usr/local/bin/fandombot \
    && mkdir -p /data \
    && chown "${APP_UID:-1654}" /data
ENV DOTNET_ENVIRONMENT=Container \
    FANDOMBOT_CONFIG_DIR=/app/config
VOLUME ["/data"]
# No secret in the image: the token comes at run time from DISCORD_TOKEN or a secret file (Discord__TokenFile).
USER $APP_UID
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["fandombot", "health"]
ENTRYPOINT ["fandombot"]
CMD ["run"]
