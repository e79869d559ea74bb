# syntax=docker/dockerfile:1
# InnocentSpouse: multi-stage build (SDK -> ASP.NET runtime), non-root, SQLite data on a volume.
#   docker build -t innocentspouse .
#   docker run -p 8080:8080 -v innocentspouse-data:/app/data innocentspouse
# PostgreSQL instead of SQLite:
#   docker run -p 8080:8080 -e Database__Provider=Postgres -e ConnectionStrings__Default="Host=…;Database=…;Username=…;Password=…" innocentspouse

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so the package layer is cached between code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/InnocentSpouse.Domain/InnocentSpouse.Domain.csproj src/InnocentSpouse.Domain/
COPY src/InnocentSpouse.Data/InnocentSpouse.Data.csproj src/InnocentSpouse.Data/
COPY src/InnocentSpouse.Web/InnocentSpouse.Web.csproj src/InnocentSpouse.Web/
RUN dotnet restore src/InnocentSpouse.Web/InnocentSpouse.Web.csproj
COPY src/ src/
COPY scripts/publish.sh scripts/
# The same command scripts/test.sh runs in CI, so a green CI means this step succeeds.
RUN scripts/publish.sh /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The PDF record's fonts (Liberation Sans 2, SIL OFL 1.1) from the distribution, so fixes and the licence text come
# with the image (docs/adr/0010). The app refuses to start without them. Newer releases ship Liberation 2 as
# fonts-liberation (in .../truetype/liberation, which the app also reads), hence the fallback.
RUN apt-get update \
    && (DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-liberation2 \
        || DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-liberation) \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish .
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
VOLUME /app/data
ENV URLS=http://0.0.0.0:8080 \
    Database__Provider=Sqlite \
    ConnectionStrings__Default="Data Source=/app/data/innocentspouse.db"
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl; bash's /dev/tcp asks /health (200 only when the database answers).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "InnocentSpouse.Web.dll"]
