# Judge: build with the SDK, run on the ASP.NET runtime with bubblewrap for the sandbox.
#   docker build -t judge .
#   docker run --rm -p 8080:8080 --privileged --cgroupns=private judge
# --privileged lets the container create namespaces (bubblewrap) and write its own cgroups; the service itself
# drops to an unprivileged user at start (docker/entrypoint.sh), and every submission runs in its own sandbox.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# ReadyToRun: every worker is a fresh process (a runner per submission), so precompiled code saves each one the
# JIT work of the judge's own code and of Roslyn.
RUN dotnet publish src/Judge.Api -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
    && apt-get install -y --no-install-recommends bubblewrap \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin judge \
    && mkdir /data && chown judge /data
COPY --from=build /app /app
COPY problems /app/problems
COPY docker/entrypoint.sh /entrypoint.sh
ENV ASPNETCORE_URLS=http://+:8080 \
    Judge__ProblemsPath=/app/problems \
    Storage__DataPath=/data \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The database (submissions, results, batches): keep it on a volume to keep them across containers.
VOLUME /data
ENTRYPOINT ["/entrypoint.sh"]
