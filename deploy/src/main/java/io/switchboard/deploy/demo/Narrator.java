package io.switchboard.deploy.demo;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * What the demo prints as it goes: a numbered heading per step, what it does, the {@code curl} command a dashboard
 * would send for it (with {@code $TOKEN} for the bearer token) and the key result.
 */
public final class Narrator {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final int steps;
    private final long startedNanos = System.nanoTime();
    private int step;
    private String title = "starting";

    public Narrator(PrintStream out, int steps) {
        this.out = out;
        this.steps = steps;
    }

    /** Starts the next numbered step. */
    void step(String heading) {
        step++;
        title = heading;
        out.println();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
        out.printf("[%d/%d] %s   (+%d:%02d)%n", step, steps, heading, seconds / 60, seconds % 60);
        out.flush();
    }

    /** What is being done, indented under the heading. */
    void say(String format, Object... args) {
        out.println("      " + String.format(format, args));
        out.flush();
    }

    /** A result line. */
    void result(String format, Object... args) {
        out.println("   => " + String.format(format, args));
        out.flush();
    }

    /** The curl command of a read a dashboard makes. */
    void curl(String url) {
        command("curl -s -H \"Authorization: Bearer $TOKEN\" '" + url + "'");
    }

    /** The curl command of a write a dashboard makes ({@code body} as JSON, or null for none). */
    void curl(String method, String url, Object body) {
        command(curlOf(method, url, body));
    }

    /** The curl command of {@code method} on {@code url} with {@code body} as JSON (null for none). */
    static String curlOf(String method, String url, Object body) {
        String data = body == null ? "" : " -H 'Content-Type: application/json' -d '" + Api.json(body) + "'";
        return "curl -s -X " + method + " -H \"Authorization: Bearer $TOKEN\"" + data + " '" + url + "'";
    }

    /** A command line as printed. */
    void command(String line) {
        out.println("      $ " + line);
        out.flush();
    }

    /** An instant as the demo prints it: UTC, to the minute. */
    static String time(Instant instant) {
        return instant == null ? "never" : MINUTES.format(instant);
    }

    /** The step that is running, for a failure message. */
    String current() {
        return "step " + step + "/" + steps + " (" + title + ")";
    }
}
