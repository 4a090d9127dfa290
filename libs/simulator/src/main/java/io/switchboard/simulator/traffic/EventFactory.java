package io.switchboard.simulator.traffic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.History;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Plays realistic Zoom activity of one account as webhook bodies with Zoom's field names, and changes the simulated
 * account to match: meetings and webinars (started, participants joining and leaving, ended) hosted and attended by
 * the directory's users and then found in the reports, Zoom Phone calls placed and missed and then found in the call
 * history, and users created, updated, deactivated and deleted in the directory. Deterministic for a seed and an
 * account state.
 */
final class EventFactory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST = {"Mae", "Katherine", "Dorothy", "Hedy", "Annie", "Evelyn"};
    private static final String[] LAST = {"Jemison", "Johnson", "Vaughan", "Lamarr", "Easley", "Boyd"};

    private final Random random;
    private final String accountId;
    private final Directory directory;
    private final History history;
    private final SessionScenario sessions;
    private final CallScenario calls;
    private long clock = Instant.parse("2026-11-22T09:00:00Z").toEpochMilli();

    EventFactory(long seed, String accountId, Directory directory, History history) {
        this.random = new Random(seed);
        this.accountId = accountId;
        this.directory = directory;
        this.history = history;
        this.sessions = new SessionScenario(this, random);
        this.calls = new CallScenario(this, random);
        // Seed the account's past before the traffic changes its directory, so the seeded past stays the same.
        history.meetings(accountId);
    }

    /** The next scenario's events in the order they happen. */
    List<String> nextScenario() {
        tick();
        int pick = random.nextInt(20);
        List<Map<String, Object>> active = directory.members(accountId, "active");
        if (active.size() < 2 || pick == 17) {
            return List.of(userCreated());
        }
        if (pick < 9) {
            return sessions.play("meeting", active);
        }
        if (pick < 11) {
            return sessions.play("webinar", active);
        }
        if (pick < 16) {
            return calls.play(active);
        }
        if (pick == 18) {
            return List.of(userUpdated(pick(active)));
        }
        return List.of(userLeaves(active));
    }

    private String userCreated() {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        for (int attempt = 0; ; attempt++) {
            String email = (first + "." + last + "." + Long.toString(Math.abs(random.nextLong()) % 1_000_000, 36) + "@"
                            + accountId + ".example")
                    .toLowerCase(Locale.ROOT);
            try {
                Map<String, Object> created = directory.create(accountId, "autoCreate", email, 2, first, last);
                Map<String, Object> object = new LinkedHashMap<>(created);
                object.put("display_name", first + " " + last);
                Map<String, Object> extra = Map.of("creation_type", "autoCreate");
                return event("user.created", object, extra);
            } catch (ApiError taken) {
                if (attempt > 5) {
                    throw taken;
                }
            }
        }
    }

    private String userUpdated(Map<String, Object> user) {
        String before = String.valueOf(user.getOrDefault("dept", ""));
        String after = "Engineering".equals(before) ? "Sales" : "Engineering";
        directory.update(accountId, (String) user.get("id"), "dept", after);
        return event(
                "user.updated",
                Map.of("id", user.get("id"), "dept", after),
                Map.of("old_object", Map.of("id", user.get("id"), "dept", before)));
    }

    /** Deactivates an active member, or deletes a member deactivated earlier. */
    private String userLeaves(List<Map<String, Object>> active) {
        List<Map<String, Object>> inactive = directory.members(accountId, "inactive");
        if (!inactive.isEmpty() && random.nextBoolean()) {
            Map<String, Object> user = pick(inactive);
            directory.delete(accountId, (String) user.get("id"), "delete");
            return event("user.deleted", identity(user), Map.of());
        }
        Map<String, Object> user = pick(active.stream()
                .filter(candidate -> !"0".equals(candidate.get("role_id")))
                .toList());
        directory.status(accountId, (String) user.get("id"), "deactivate");
        Map<String, Object> object = identity(user);
        object.put("type", 1);
        return event("user.deactivated", object, Map.of());
    }

    private static Map<String, Object> identity(Map<String, Object> user) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (String field : List.of("id", "first_name", "last_name", "email", "type")) {
            object.put(field, user.get(field));
        }
        return object;
    }

    Map<String, Object> pick(List<Map<String, Object>> users) {
        return users.get(random.nextInt(users.size()));
    }

    History history() {
        return history;
    }

    String accountId() {
        return accountId;
    }

    /** Lets a second to a minute pass; the new time, as Zoom writes it. */
    String tick() {
        clock += 1_000 + random.nextInt(60_000);
        return Instant.ofEpochMilli(clock).toString();
    }

    /** A webhook body at the current time: {@code event}, {@code event_ts}, {@code payload{account_id, object}}. */
    String event(String type, Map<String, Object> object, Map<String, Object> extra) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("account_id", accountId);
        payload.putAll(extra);
        payload.put("object", object);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", type);
        body.put("event_ts", clock);
        body.put("payload", payload);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A meeting UUID like Zoom's (base64 of 16 bytes); some start with '/' or hold '//', as Zoom's sometimes do. */
    String uuid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String uuid = Base64.getEncoder().encodeToString(bytes);
        int roll = random.nextInt(10);
        if (roll == 0) {
            return "/" + uuid.substring(1);
        }
        return roll == 1 ? uuid.substring(0, 5) + "//" + uuid.substring(7) : uuid;
    }
}
