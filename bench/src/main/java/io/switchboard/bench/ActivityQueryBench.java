package io.switchboard.bench;

import io.switchboard.deploy.ServiceSpec;
import io.switchboard.embedded.EmbeddedPostgres;
import io.switchboard.security.Roles;
import io.switchboard.security.dev.DevIdentityProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Timeline and summary queries of the packaged activity-service over N timeline entries (10 million by default): 100
 * organisations of 1,000 people with N / 100,000 entries each, meetings shared by five people. Prints p50 and p99 of
 * each query beside two baselines measured in the same run: the service's health endpoint (HTTP and the service's
 * floor) and the timeline's own SQL over JDBC (the database's floor).
 */
public final class ActivityQueryBench {

    private static final int ORGS = 100;
    private static final int PEOPLE = 1_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 2_000;
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private ActivityQueryBench() {}

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        try (ActivityStack stack = ActivityStack.start("activity")) {
            long loading = System.nanoTime();
            load(stack.postgres, entries);
            System.out.printf("Loaded %,d entries in %.0f s%n", entries, (System.nanoTime() - loading) / 1e9);
            measure(stack.spec, stack.postgres, stack.identity, entries);
        }
    }

    /** Inserts the entries organisation by organisation, then analyses the table. */
    private static void load(EmbeddedPostgres postgres, int entries) throws SQLException {
        int perPerson = Math.max(1, entries / (ORGS * PEOPLE));
        try (Connection sql = DriverManager.getConnection(postgres.jdbcUrl("activity"), EmbeddedPostgres.USER, "");
                PreparedStatement insert = sql.prepareStatement("insert into activity (id, org_id, profile_id,"
                        + " connection_id, zoom_user_id, type, role, source_key, activity_group, title, started_at,"
                        + " ended_at, duration_seconds, participants, minutes_present)"
                        + " select gen_random_uuid(), 'bench-org-' || ?, 'p' || p, md5(? || '')::uuid, 'z' || p,"
                        + " case when k % 10 < 6 then 'meeting' when k % 10 = 6 then 'webinar' else 'phone' end,"
                        + " case when k % 10 >= 7 then 'placed' when p % 5 = 0 then 'hosted' else 'attended' end,"
                        + " 'bench:' || k, 'g:' || (p / 5) || ':' || k, 'Sync ' || k,"
                        + " timestamptz '2026-06-01' + k * interval '36 hours' + p * interval '1 minute',"
                        + " timestamptz '2026-06-01' + k * interval '36 hours' + p * interval '1 minute'"
                        + " + interval '30 minutes', 1800, 5, 30"
                        + " from generate_series(0, ? - 1) as p, generate_series(0, ? - 1) as k")) {
            for (int org = 0; org < ORGS; org++) {
                insert.setInt(1, org);
                insert.setInt(2, org);
                insert.setInt(3, PEOPLE);
                insert.setInt(4, perPerson);
                insert.executeUpdate();
            }
            sql.createStatement().execute("vacuum analyze activity");
        }
    }

    private static void measure(ServiceSpec spec, EmbeddedPostgres postgres, DevIdentityProvider identity, int entries)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> tokens = new ArrayList<>();
        for (int org = 0; org < ORGS; org++) {
            tokens.add(identity.tokens()
                    .mint("bench-admin", "bench-org-" + org, List.of(Roles.ADMIN), List.of(), Duration.ofHours(1)));
        }
        Random random = new Random(42);
        String base = spec.url();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("baseline: GET /q/health/live", time(http, n -> get(base + "/q/health/live", null))));
        rows.add(row("baseline: timeline SQL over JDBC", sqlBaseline(postgres, random)));
        rows.add(row("timeline, first page", time(http, n -> timeline(base, tokens, random, null))));
        rows.add(row("timeline, second page", time(http, n -> secondPage(http, base, tokens, random))));
        rows.add(row("summary, 12 weeks", time(http, n -> {
            int org = random.nextInt(ORGS);
            return get(
                    base + "/orgs/bench-org-" + org + "/profiles/p" + random.nextInt(PEOPLE)
                            + "/summary?from=2026-06-01T00:00:00Z&to=2026-08-24T00:00:00Z",
                    tokens.get(org));
        })));
        rows.add(row("organisation stream, meetings", time(http, n -> {
            int org = random.nextInt(ORGS);
            return get(base + "/orgs/bench-org-" + org + "/activities?types=meeting&limit=50", tokens.get(org));
        })));
        System.out.printf(
                "%nTimeline queries over %,d entries (%d orgs x %,d people), %,d requests each%n",
                entries, ORGS, PEOPLE, MEASURED);
        String format = "%-36s %10s %10s%n";
        System.out.printf(format, "query", "p50 ms", "p99 ms");
        rows.forEach(row -> System.out.printf(format, (Object[]) row));
        System.out.println("target: p99 under 10 ms for the timeline and the summary");
    }

    private static HttpRequest timeline(String base, List<String> tokens, Random random, String cursor) {
        int org = random.nextInt(ORGS);
        return get(
                base + "/orgs/bench-org-" + org + "/profiles/p" + random.nextInt(PEOPLE) + "/timeline?limit=50"
                        + (cursor == null ? "" : "&cursor=" + cursor),
                tokens.get(org));
    }

    /** A second page: the first page is fetched untimed, for its cursor. */
    private static HttpRequest secondPage(HttpClient http, String base, List<String> tokens, Random random) {
        int org = random.nextInt(ORGS);
        String person = "p" + random.nextInt(PEOPLE);
        String first = base + "/orgs/bench-org-" + org + "/profiles/" + person + "/timeline?limit=50";
        try {
            String body = http.send(get(first, tokens.get(org)), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher cursor = CURSOR.matcher(body);
            return get(first + (cursor.find() ? "&cursor=" + cursor.group(1) : ""), tokens.get(org));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    /** Sends the requests one at a time; a non-200 answer fails the benchmark. Latencies in microseconds. */
    private static Histogram time(HttpClient http, IntFunction<HttpRequest> requests) throws Exception {
        Histogram histogram = new Histogram(3);
        for (int n = 0; n < WARM_UP + MEASURED; n++) {
            HttpRequest request = requests.apply(n);
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            if (n >= WARM_UP) {
                histogram.recordValue(micros);
            }
        }
        return histogram;
    }

    /** The timeline's first page in SQL, as the service asks for it, over JDBC. */
    private static Histogram sqlBaseline(EmbeddedPostgres postgres, Random random) throws SQLException {
        Histogram histogram = new Histogram(3);
        try (Connection sql = DriverManager.getConnection(postgres.jdbcUrl("activity"), EmbeddedPostgres.USER, "");
                PreparedStatement query = sql.prepareStatement("select * from activity where org_id = ?"
                        + " and profile_id = ? and type in ('meeting', 'webinar', 'phone') and hidden = false"
                        + " order by started_at desc, id desc limit 51")) {
            for (int n = 0; n < WARM_UP + MEASURED; n++) {
                query.setString(1, "bench-org-" + random.nextInt(ORGS));
                query.setString(2, "p" + random.nextInt(PEOPLE));
                long start = System.nanoTime();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
                if (n >= WARM_UP) {
                    histogram.recordValue((System.nanoTime() - start) / 1_000);
                }
            }
        }
        return histogram;
    }

    private static String[] row(String name, Histogram histogram) {
        return new String[] {
            name,
            String.format("%.2f", histogram.getValueAtPercentile(50) / 1000.0),
            String.format("%.2f", histogram.getValueAtPercentile(99) / 1000.0)
        };
    }
}
