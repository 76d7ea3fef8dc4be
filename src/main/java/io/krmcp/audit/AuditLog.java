package io.krmcp.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * One JSON line per tool call on the log stream (stderr, never stdout): what was asked, what the policy decided and
 * how it ended. Output is counted, never copied, so no Secret value or token can reach the audit trail.
 */
public final class AuditLog implements CallListener {

    private static final Logger LOG = LoggerFactory.getLogger("audit");
    private final ObjectMapper json = new ObjectMapper();
    private final Consumer<String> sink;

    /** Lines go to the {@code audit} logger, hence stderr. */
    public AuditLog() {
        this(LOG::info);
    }

    /** Lines go to {@code sink} (tests read them there). */
    public AuditLog(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void command(String tool, Caller caller, CommandOutcome outcome, long nanos) {
        Map<String, Object> line = base(tool, caller, nanos);
        line.put("command", outcome.command());
        line.put("decision", outcome.denial().isPresent() ? "deny" : "allow");
        outcome.denial().ifPresent(d -> {
            line.put("layer", d.layer());
            line.put("reason", d.code());
        });
        line.put("return_code", outcome.returnCode());
        line.put("output_bytes", outcome.stdout().length() + outcome.stderr().length());
        write(line);
    }

    @Override
    public void invalidInput(String tool, Caller caller, String why, long nanos) {
        Map<String, Object> line = base(tool, caller, nanos);
        line.put("decision", "invalid-input");
        line.put("reason", why);
        line.put("return_code", 1);
        write(line);
    }

    @Override
    public void simple(String tool, Caller caller, long nanos) {
        Map<String, Object> line = base(tool, caller, nanos);
        line.put("decision", "allow");
        line.put("return_code", 0);
        write(line);
    }

    private static Map<String, Object> base(String tool, Caller caller, long nanos) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("transport", caller.transport());
        line.put("session", caller.session());
        line.put("tool", tool);
        caller.actingFor().ifPresent(who -> line.put("user", who.username()));
        if (!caller.clientMarkers().isEmpty()) {
            line.put("client_markers", caller.clientMarkers());
        }
        line.put("duration_ms", Math.round(nanos / 100_000.0) / 10.0);
        return line;
    }

    private void write(Map<String, Object> line) {
        try {
            sink.accept(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            LOG.warn("audit line could not be written: {}", e.getOriginalMessage());
        }
    }
}
