package io.krmcp.kube;

import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses writes to Secrets whose answer would carry a Secret's values where redaction cannot find them. Redaction
 * works on the {@code data} and {@code stringData} maps; a JSON patch can {@code copy} or {@code move} a value into an
 * annotation or a label, or {@code test} it against a guess (an oracle), and a patch that changes {@code kind},
 * {@code apiVersion}, {@code type} or the name makes the API server reject the object with an error that quotes it
 * whole. None of these has a use in remediation that is worth that.
 */
public final class SecretPatchGuard implements RequestGuard {

    /** Fields whose change makes the API server echo the object (or the copied value) in its error. */
    private static final Set<String> IDENTITY_FIELDS = Set.of("kind", "apiversion", "type");
    private static final Set<String> READING_OPS = Set.of("copy", "move", "test");

    private final ObjectMapper json;

    public SecretPatchGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void check(String method, ApiPath path, String contentType, String body) {
        if (!path.isSecrets() || body == null || !(method.equals("PATCH") || method.equals("PUT")
                || method.equals("POST"))) {
            return;
        }
        JsonNode patch;
        try {
            patch = json.readTree(body);
        } catch (IOException e) {
            throw refused("the body of a write to a Secret could not be read as JSON");
        }
        if (patch == null) {
            return;
        }
        if (contentType != null && contentType.startsWith("application/json-patch")) {
            checkJsonPatch(patch);
        } else if (method.equals("PATCH")) {
            checkObjectPatch(patch);
        }
    }

    private static void checkJsonPatch(JsonNode operations) {
        for (JsonNode op : operations) {
            String opName = op.path("op").asText("").toLowerCase(Locale.ROOT);
            if (READING_OPS.contains(opName)) {
                throw refused("JSON patch operation \"" + opName + "\" is not allowed on a Secret: copy, move and test "
                        + "read a Secret's values into places redaction cannot see, or compare them with a guess; "
                        + "use add, replace or remove with literal values");
            }
            String target = op.path("path").asText("");
            String[] segments = target.split("/", -1);
            String first = segments.length > 1 ? segments[1].toLowerCase(Locale.ROOT) : "";
            boolean wholeObject = target.isEmpty() || target.equals("/");
            boolean identity = IDENTITY_FIELDS.contains(first) && segments.length == 2;
            boolean name = first.equals("metadata")
                    && (segments.length == 2 || segments[2].equalsIgnoreCase("name"));
            if (wholeObject || identity || name) {
                throw refused(changesIdentity(target.isEmpty() ? "the whole object" : target));
            }
        }
    }

    private static void checkObjectPatch(JsonNode patch) {
        if (!patch.isObject()) {
            return;
        }
        for (Iterator<String> it = patch.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            String lower = field.toLowerCase(Locale.ROOT);
            if (IDENTITY_FIELDS.contains(lower) || field.startsWith("$")) {
                throw refused(changesIdentity(field));
            }
        }
        JsonNode metadata = patch.get("metadata");
        if (metadata != null && !metadata.isObject()) {
            throw refused(changesIdentity("metadata"));
        }
        if (metadata != null) {
            for (Iterator<String> it = metadata.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (field.equalsIgnoreCase("name") || field.startsWith("$")) {
                    throw refused(changesIdentity("metadata." + field));
                }
            }
        }
    }

    private static String changesIdentity(String field) {
        return "a patch to a Secret may not change " + field + " (kind, apiVersion, type, metadata.name and patch "
                + "directives are refused): the API server's answer would quote the Secret, values included";
    }

    private static RequestRefusedException refused(String message) {
        return new RequestRefusedException("secret-data", message);
    }
}
