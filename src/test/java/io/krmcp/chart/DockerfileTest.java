package io.krmcp.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The Dockerfile's rules, checked on its text (no container runtime is needed to run the tests): two stages, the
 * wrapper builds, a JRE runs as a numeric non-root user, an ahead-of-time cache is made at build time and used, HTTP on
 * 8000.
 */
class DockerfileTest {

    static String dockerfile() throws IOException {
        return Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");
    }

    @Test
    void buildsWithTheWrapperAndRunsOnAJre() throws IOException {
        String d = dockerfile();
        List<String> from = Pattern.compile("(?m)^FROM (\\S+)").matcher(d).results().map(m -> m.group(1)).toList();
        assertEquals(2, from.size(), "multi-stage: " + from);
        assertTrue(from.get(0).matches(".*:(1[7-9]|2[0-9])-jdk.*"), from.get(0));
        assertTrue(from.get(1).matches(".*:(1[7-9]|2[0-9])-jre.*"), from.get(1));
        assertTrue(d.contains("RUN ./mvnw "), "the build stage uses the Maven wrapper");
    }

    @Test
    void runsAsANumericNonRootUser() throws IOException {
        Matcher user = Pattern.compile("(?m)^USER (\\d+)(?::(\\d+))?$").matcher(dockerfile());
        assertTrue(user.find(), "USER must be numeric");
        assertTrue(Integer.parseInt(user.group(1)) > 0);
    }

    @Test
    void makesAndUsesAnAheadOfTimeCache() throws IOException {
        String d = dockerfile();
        Matcher made = Pattern.compile("-XX:AOTCacheOutput=(\\S+)").matcher(d);
        assertTrue(made.find());
        assertTrue(d.contains("\"-XX:AOTCache=" + made.group(1) + "\""), "the cache made is the one used");
        // the cache is only used under the flags it was trained with
        for (String flag : List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")) {
            assertTrue(d.substring(d.indexOf("AOTCacheOutput") - 200, d.indexOf("AOTCacheOutput")).contains(flag)
                    && d.substring(d.indexOf("ENTRYPOINT")).contains(flag), flag);
        }
        assertTrue(Files.exists(Path.of("docker/cds-training.jsonl")));
        // JVM logging (CDS warnings included) would otherwise go to stdout and break the stdio protocol.
        assertTrue(d.contains("-Xlog:all=warning:stderr"));
    }

    @Test
    void servesHttpOnPort8000AndWritesOnlyTmp() throws IOException {
        String d = dockerfile();
        assertTrue(d.contains("EXPOSE 8000"));
        assertTrue(d.contains("CMD [\"--transport\", \"http\", \"--host\", \"0.0.0.0\", \"--port\", \"8000\"]"));
        assertTrue(d.contains("-Djava.io.tmpdir=/tmp"));
        assertTrue(d.contains("-XX:MaxRAMPercentage="));
    }

    @Test
    void theBuildContextHoldsOnlyWhatTheBuildCopies() throws IOException {
        String ignore = Files.readString(Path.of(".dockerignore"));
        assertTrue(ignore.lines().anyMatch(l -> l.equals("*")), "everything excluded by default");
        for (String needed : List.of(".mvn/", "mvnw", "pom.xml", "src/", "security_config.yaml", "docker/")) {
            assertTrue(ignore.contains("!" + needed), needed);
        }
    }
}
