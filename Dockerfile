# certflow's images. The default (last) stage is the worker image, which also
# holds the operator CLI (`starter`); the `desk` target is the simulated AWS
# desk of the compose mail profile (`devstack desk`).
#
# The final stages are FROM scratch: static Go binaries, the CA certificates
# for the mail servers' TLS, nothing else (no shell), run as a non-root user.
FROM golang:1.26.8-bookworm AS build
ENV GOTOOLCHAIN=local CGO_ENABLED=0
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags="-s -w" -o /out/ ./worker ./starter && mkdir -p /out/desk-state

# Only the desk target builds this (it links the embedded Temporal server, so
# it takes several minutes).
FROM build AS build-desk
RUN go build -trimpath -ldflags="-s -w" -o /out/ ./devstack

FROM scratch AS desk
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build-desk /out/devstack /usr/local/bin/
# A named volume mounted here starts out owned by the desk's user.
COPY --from=build --chown=65532:65532 /out/desk-state /var/lib/certflow-desk
ENV PATH=/usr/local/bin
USER 65532:65532
CMD ["devstack", "desk"]

FROM scratch AS worker
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /out/worker /out/starter /usr/local/bin/
ENV PATH=/usr/local/bin
USER 65532:65532
EXPOSE 8080
CMD ["worker"]
