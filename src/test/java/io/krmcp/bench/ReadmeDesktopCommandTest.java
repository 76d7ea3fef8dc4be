package io.krmcp.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The desktop command the README shows and the image's JVM flags are the ones the benchmarks measure. */
class ReadmeDesktopCommandTest {

    @Test
    void theReadmesDesktopConfigPassesTheBenchmarkedFlags() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```json\n(\\{\n  \"mcpServers\".*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README shows a desktop client's configuration");
        JsonNode server = new ObjectMapper().readTree(block.group(1)).path("mcpServers").elements().next();
        assertEquals("java", server.path("command").asText());
        List<String> jvm = new ArrayList<>();
        for (JsonNode arg : server.path("args")) {
            if (arg.asText().equals("-jar")) {
                break;
            }
            jvm.add(arg.asText());
        }
        assertEquals(BenchmarkIT.DESKTOP_FLAGS, jvm);
    }

    /** Read from the Dockerfile's ENTRYPOINT, with the chart's memory limit as the container's. */
    @Test
    void theContainerFlagsAreTheDockerfilesWithTheChartsLimit() throws Exception {
        List<String> flags = BenchmarkIT.CONTAINER_FLAGS;
        String values = Files.readString(Path.of("helm/kubernetes-remediation-mcp/values.yaml"));
        assertTrue(values.contains("memory: " + flags.get(0).substring("-XX:MaxRAM=".length()).replace("m", "Mi")),
                flags.get(0));
        String entrypoint = Files.readString(Path.of("Dockerfile"));
        entrypoint = entrypoint.substring(entrypoint.indexOf("ENTRYPOINT"));
        for (String flag : flags.subList(1, flags.size())) {
            assertTrue(entrypoint.contains("\"" + flag + "\""), flag);
        }
        assertTrue(flags.stream().anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage=")), flags.toString());
        assertTrue(flags.stream().noneMatch(f -> f.startsWith("-XX:AOTCache") || f.equals("-jar")), flags.toString());
    }
}
