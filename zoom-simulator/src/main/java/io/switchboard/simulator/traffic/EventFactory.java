package io.switchboard.simulator.traffic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plays realistic Zoom activity as webhook bodies with Zoom's field names: meetings (started, participants joining
 * and leaving, ended), webinars, Zoom Phone calls (caller connected, ended, call history completed) and user
 * changes. Deterministic for a seed.
 */
final class EventFactory {

    private static final String[] NAMES = {
        "Ada Lovelace", "Grace Hopper", "Alan Turing", "Barbara Liskov", "Ken Thompson"
    };

    private final Random random;
    private final String accountId;
    private long clock = Instant.parse("2026-11-22T09:00:00Z").toEpochMilli();
    private int sequence;

    EventFactory(long seed, String accountId) {
        this.random = new Random(seed);
        this.accountId = accountId;
    }

    /** The next scenario's events in the order they happen. */
    List<String> nextScenario() {
        int pick = random.nextInt(10);
        if (pick < 5) {
            return session("meeting");
        }
        if (pick < 6) {
            return session("webinar");
        }
        if (pick < 9) {
            return call();
        }
        return List.of(userUpdated());
    }

    private List<String> session(String kind) {
        String uuid = uuid();
        String id = Long.toString(80_000_000_000L + random.nextInt(1_000_000_000));
        String host = "host" + random.nextInt(50);
        List<String> events = new ArrayList<>();
        events.add(event(kind + ".started", object(uuid, id, host, "\"start_time\":\"" + iso(clock) + "\"")));
        int people = 1 + random.nextInt(4);
        for (int p = 0; p < people; p++) {
            events.add(event(kind + ".participant_joined", object(uuid, id, host, participant(p, "join_time"))));
        }
        for (int p = 0; p < people; p++) {
            events.add(event(kind + ".participant_left", object(uuid, id, host, participant(p, "leave_time"))));
        }
        events.add(event(kind + ".ended", object(uuid, id, host, "\"end_time\":\"" + iso(clock) + "\"")));
        return events;
    }

    private List<String> call() {
        String callId = Long.toString(7_000_000_000_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000_000L));
        String caller = "\"caller\":{\"extension_number\":\"" + (100 + random.nextInt(900)) + "\",\"name\":\""
                + NAMES[random.nextInt(NAMES.length)] + "\"}";
        String callee = "\"callee\":{\"phone_number\":\"+4930" + (1_000_000 + random.nextInt(8_999_999)) + "\"}";
        String object = "{\"call_id\":\"" + callId + "\"," + caller + "," + callee + "}";
        int seconds = 30 + random.nextInt(900);
        String history = "{\"user_id\":\"u" + random.nextInt(50) + "\",\"call_logs\":[{\"id\":\"" + uuid()
                + "\",\"call_id\":\"" + callId + "\",\"direction\":\"outbound\",\"duration\":" + seconds
                + ",\"result\":\"Call connected\"}]}";
        return List.of(
                event("phone.caller_connected", object),
                event("phone.caller_ended", object),
                event("phone.caller_call_history_completed", history));
    }

    private String userUpdated() {
        String user = "u" + random.nextInt(50);
        return event(
                "user.updated",
                "{\"id\":\"" + user + "\",\"dept\":\"" + (random.nextBoolean() ? "Engineering" : "Sales") + "\"}");
    }

    private String object(String uuid, String id, String host, String extra) {
        return "{\"uuid\":\"" + uuid + "\",\"id\":" + (random.nextBoolean() ? "\"" + id + "\"" : id) + ",\"host_id\":\""
                + host + "\",\"topic\":\"Sync " + sequence + "\",\"type\":2,\"timezone\":\"Europe/Berlin\"," + extra
                + "}";
    }

    private String participant(int p, String timeField) {
        String name = NAMES[p % NAMES.length];
        return "\"participant\":{\"user_id\":\"" + (16_000_000 + p) + "\",\"user_name\":\"" + name + "\",\"id\":\"pp"
                + p
                + "\",\"participant_uuid\":\"" + uuid() + "\",\"email\":\""
                + name.toLowerCase().replace(' ', '.')
                + "@example.com\",\"" + timeField + "\":\"" + iso(clock) + "\"}";
    }

    private String event(String type, String object) {
        clock += 1_000 + random.nextInt(60_000);
        sequence++;
        return "{\"event\":\"" + type + "\",\"event_ts\":" + clock + ",\"payload\":{\"account_id\":\"" + accountId
                + "\",\"object\":" + object + "}}";
    }

    private String uuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private static String iso(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }
}
