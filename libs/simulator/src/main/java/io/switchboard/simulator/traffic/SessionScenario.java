package io.switchboard.simulator.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Meetings and webinars of the directory's users, as the webhooks Zoom sends while they happen, and as the reports
 * show them once they have ended.
 */
final class SessionScenario {

    private final EventFactory events;
    private final Random random;
    private int sequence;

    SessionScenario(EventFactory events, Random random) {
        this.events = events;
        this.random = random;
    }

    /** A meeting or webinar: started, participants joining and leaving, ended; then recorded as past activity. */
    List<String> play(String kind, List<Map<String, Object>> active) {
        Map<String, Object> host = events.pick(active);
        String uuid = events.uuid();
        long id = 80_000_000_000L + random.nextInt(1_000_000_000);
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("uuid", uuid);
        // Zoom sends meeting ids sometimes as strings, sometimes as numbers.
        meeting.put("id", random.nextBoolean() ? Long.toString(id) : id);
        meeting.put("host_id", host.get("id"));
        meeting.put("topic", ("webinar".equals(kind) ? "Webinar " : "Sync ") + ++sequence);
        meeting.put("type", "webinar".equals(kind) ? 5 : 2);
        meeting.put("timezone", "Europe/Berlin");
        List<String> bodies = new ArrayList<>();
        String start = events.tick();
        bodies.add(events.event(kind + ".started", with(meeting, "start_time", start), Map.of()));
        List<Map<String, Object>> people = attendees(host, active);
        List<String> joined = new ArrayList<>();
        for (Map<String, Object> person : people) {
            String join = events.tick();
            bodies.add(events.event(
                    kind + ".participant_joined",
                    with(meeting, "participant", participant(person, "join_time", join)),
                    Map.of()));
            joined.add(join);
        }
        List<Map<String, Object>> report = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Map<String, Object> person = people.get(p);
            String leave = events.tick();
            bodies.add(events.event(
                    kind + ".participant_left",
                    with(meeting, "participant", participant(person, "leave_time", leave)),
                    Map.of()));
            report.add(reportRow(person, joined.get(p), leave));
        }
        String end = events.tick();
        bodies.add(events.event(kind + ".ended", with(meeting, "end_time", end), Map.of()));
        recordMeeting(meeting, host, start, end, report);
        return bodies;
    }

    private List<Map<String, Object>> attendees(Map<String, Object> host, List<Map<String, Object>> active) {
        List<Map<String, Object>> people = new ArrayList<>();
        people.add(host);
        int others = 1 + random.nextInt(4);
        for (int n = 0; n < others; n++) {
            Map<String, Object> other = events.pick(active);
            if (!people.contains(other)) {
                people.add(other);
            }
        }
        if (random.nextInt(4) == 0) {
            Map<String, Object> guest = new LinkedHashMap<>();
            guest.put("display_name", "Guest " + sequence);
            people.add(guest);
        }
        return people;
    }

    private static Map<String, Object> participant(Map<String, Object> person, String timeField, String time) {
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("user_id", Integer.toString(16_000_000 + Math.abs(person.hashCode() % 1_000_000)));
        participant.put("user_name", person.get("display_name"));
        participant.put("id", person.getOrDefault("id", ""));
        participant.put("email", person.getOrDefault("email", ""));
        participant.put(timeField, time);
        return participant;
    }

    private static Map<String, Object> reportRow(Map<String, Object> person, String join, String leave) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", person.getOrDefault("id", ""));
        // The participant's id in this meeting, as the webhooks gave it.
        row.put("user_id", Integer.toString(16_000_000 + Math.abs(person.hashCode() % 1_000_000)));
        row.put("name", person.get("display_name"));
        row.put("user_email", person.getOrDefault("email", ""));
        row.put("join_time", join);
        row.put("leave_time", leave);
        row.put("duration", (int)
                Duration.between(Instant.parse(join), Instant.parse(leave)).toSeconds());
        return row;
    }

    private void recordMeeting(
            Map<String, Object> meeting,
            Map<String, Object> host,
            String start,
            String end,
            List<Map<String, Object>> report) {
        Map<String, Object> past = new LinkedHashMap<>();
        past.put("uuid", meeting.get("uuid"));
        past.put("id", Long.parseLong(meeting.get("id").toString()));
        past.put("host_id", host.get("id"));
        past.put("type", meeting.get("type"));
        past.put("topic", meeting.get("topic"));
        past.put("user_name", host.get("display_name"));
        past.put("user_email", host.get("email"));
        past.put("start_time", start);
        past.put("end_time", end);
        past.put("duration", (int)
                Duration.between(Instant.parse(start), Instant.parse(end)).toMinutes());
        past.put("participants_count", report.size());
        events.history().recordMeeting(events.accountId(), past, report);
    }

    private static Map<String, Object> with(Map<String, Object> meeting, String field, Object value) {
        Map<String, Object> object = new LinkedHashMap<>(meeting);
        object.put(field, value);
        return object;
    }
}
