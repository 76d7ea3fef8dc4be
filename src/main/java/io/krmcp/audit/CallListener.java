package io.krmcp.audit;

import java.util.List;


/** Told about every tool call once it has ended: the audit log and the metrics listen. */
public interface CallListener {

    void command(String tool, Caller caller, CommandOutcome outcome, long nanos);

    void invalidInput(String tool, Caller caller, String why, long nanos);

    void simple(String tool, Caller caller, long nanos);

    /** Every listener, in order. */
    static CallListener all(List<CallListener> listeners) {
        List<CallListener> copy = List.copyOf(listeners);
        return new CallListener() {
            @Override
            public void command(String tool, Caller caller, CommandOutcome outcome, long nanos) {
                copy.forEach(l -> l.command(tool, caller, outcome, nanos));
            }

            @Override
            public void invalidInput(String tool, Caller caller, String why, long nanos) {
                copy.forEach(l -> l.invalidInput(tool, caller, why, nanos));
            }

            @Override
            public void simple(String tool, Caller caller, long nanos) {
                copy.forEach(l -> l.simple(tool, caller, nanos));
            }
        };
    }
}
