package dev.atlanspring.client;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.atlanspring.client.error.AtlanException;

/**
 * What a failed call shows a user, for tests that look for secrets in it.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * Runs a call that must fail and returns everything its exception shows: the message and the stack trace, with
     * the messages of its causes.
     * @param call the call
     * @return the text
     * @throws AssertionError if the call does not fail with an {@link AtlanException}
     */
    public static String of(Runnable call) {
        try {
            call.run();
        }
        catch (AtlanException ex) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            return ex.getMessage() + "\n" + trace;
        }
        throw new AssertionError("expected the call to fail");
    }

}
