# syntax=docker/dockerfile:1
# kubernetes-remediation-mcp: build with the Maven wrapper, run on a JRE as a numeric non-root user.
#   docker build -t kubernetes-remediation-mcp:0.1.0 .

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Dependencies first, so editing sources does not download them again.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY security_config.yaml ./
COPY src/ src/
# The tests run in CI (./mvnw verify); the image build only packages.
RUN ./mvnw -B -ntp -q package -DskipTests

# The runtime is the current LTS JRE: its ahead-of-time cache (JEP 483/514/515) holds the classes a call loads
# already parsed and linked, plus method profiles, where Java 17's class-data archive holds them only parsed. On 2
# cores, process start to the initialize answer: 0.67 s with the cache on Java 25, 0.80 s with the archive on 17,
# 1.55 s with neither (README, "Performance"). The jar stays built for Java 17.
FROM eclipse-temurin:25-jre AS runtime
WORKDIR /app
COPY --from=build /src/target/kubernetes-remediation-mcp.jar /app/app.jar
COPY docker/cds-training.jsonl /app/cds-training.jsonl
# The cache is trained on the embedded demo cluster (initialize, tools/list, get, describe, logs) with the
# ENTRYPOINT's collector and compiler flags, which it must match to be used. JVM logging goes to stderr so stdio
# mode stays clean.
RUN java -Xlog:disable -Xlog:all=warning:stderr -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
        -XX:AOTCacheOutput=/app/app.aot -jar /app/app.jar --demo \
        < /app/cds-training.jsonl > /dev/null \
    && rm /app/cds-training.jsonl \
    && chmod 0444 /app/app.jar /app/app.aot
# Nothing is written outside /tmp (mount an emptyDir there under readOnlyRootFilesystem).
USER 10001:10001
EXPOSE 8000
# Sized for a small pod: heap from the container's memory limit, the serial collector for one or two CPUs, the
# C1 compiler only with a small code cache (RSS after 10,000 calls 155 MB instead of 211 MB under a 384 MiB
# limit, measured with ./mvnw -Pbench verify; large lists run about half as fast), and an exit (so Kubernetes
# restarts the pod) rather than a half-working JVM on OutOfMemoryError. Java 25's serial collector gives back heap
# it no longer needs only in steps over several full collections, which under this load never came: on the real API
# server, after concurrency 8 on 2,000 pods, the heap stayed committed at its 230 MB maximum (RSS 364 MB of the 384
# MiB limit). -XX:-ShrinkHeapInSteps shrinks it at the next full collection: RSS 264 MB, same heap ceiling, and the
# 2,000-object template at concurrency 8 that a lower ceiling (40-50 %) did not survive still does.
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-Xlog:disable", "-Xlog:all=warning:stderr", \
    "-XX:MaxRAMPercentage=60", "-XX:-ShrinkHeapInSteps", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", \
    "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=128m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError", \
    "-Djava.io.tmpdir=/tmp", "-jar", "/app/app.jar"]
CMD ["--transport", "http", "--host", "0.0.0.0", "--port", "8000"]
