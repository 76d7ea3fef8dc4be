package io.krmcp.verbs;

/** What kubectl would have written and returned: stdout, stderr and the exit code. */
public record VerbResult(String stdout, String stderr, int returnCode) {

    public static VerbResult ok(String stdout) {
        return new VerbResult(stdout, "", 0);
    }

    public boolean success() {
        return returnCode == 0;
    }
}
