package io.krmcp.verbs;

/**
 * What kubectl would have written and returned: stdout, stderr and the exit code.
 *
 * @param newestLast the output is a log: when capped, its newest lines (the end) are kept
 */
public record VerbResult(String stdout, String stderr, int returnCode, boolean newestLast) {

    public VerbResult(String stdout, String stderr, int returnCode) {
        this(stdout, stderr, returnCode, false);
    }

    public boolean success() {
        return returnCode == 0;
    }
}
