package io.switchboard.embedded;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a command so that it cannot outlive the JVM that started it.
 *
 * <p>The command runs under a small bash supervisor that polls the owning JVM's pid once a second. When the
 * JVM is gone (even after {@code kill -9}), or when the supervisor itself is asked to stop, it sends the
 * configured stop signal to the command and waits for it. No process is left behind.
 */
public final class ProcessWatchdog {

    private static final String SCRIPT = """
            owner="$1"; signal="$2"; shift 2
            "$@" &
            child=$!
            stop() { kill -s "$signal" "$child" 2>/dev/null; wait "$child"; exit $?; }
            trap stop TERM INT HUP
            while kill -0 "$owner" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
              sleep 1 & wait $!
            done
            if kill -0 "$child" 2>/dev/null; then stop; fi
            wait "$child"
            """;

    private ProcessWatchdog() {}

    /**
     * The command line that runs {@code command} under the supervisor.
     *
     * @param stopSignal the signal name sent to the command on stop (for example {@code INT} for PostgreSQL's fast
     *     shutdown, {@code TERM} for a JVM)
     */
    public static List<String> wrap(String stopSignal, List<String> command) {
        List<String> wrapped = new ArrayList<>();
        wrapped.add("bash");
        wrapped.add("-c");
        wrapped.add(SCRIPT);
        wrapped.add("switchboard-watchdog");
        wrapped.add(Long.toString(ProcessHandle.current().pid()));
        wrapped.add(stopSignal);
        wrapped.addAll(command);
        return wrapped;
    }
}
