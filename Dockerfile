# syntax=docker/dockerfile:1
# FandomBot: build with the .NET SDK image, run on the .NET runtime image as the non-root `app` user.
# The base images are build arguments so that air-gapped builders can pass local stand-ins; the defaults are the
# official images.
ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:10.0
ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/runtime:10.0

FROM ${SDK_IMAGE} AS build
WORKDIR /src
# Restore first, from the project files alone, so the package layer is cached across source changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/FandomBot/FandomBot.csproj src/FandomBot/
COPY src/FandomBot.Core/FandomBot.Core.csproj src/FandomBot.Core/
COPY src/FandomBot.Discord/FandomBot.Discord.csproj src/FandomBot.Discord/
COPY src/FandomBot.Storage/FandomBot.Storage.csproj src/FandomBot.Storage/
RUN dotnet restore src/FandomBot/FandomBot.csproj
COPY src/ src/
COPY config/ config/
RUN dotnet publish src/FandomBot/FandomBot.csproj -c Release -o /app --no-restore --disable-build-servers

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
