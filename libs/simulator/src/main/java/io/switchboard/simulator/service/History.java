package io.switchboard.simulator.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Past activity of each account: seeded and deterministic (meetings hosted by its active users, with participants,
 * a few webinars, and Zoom Phone calls over the 30 days before a fixed day), plus whatever the traffic generator plays
 * afterwards.
 * Some meeting UUIDs start with {@code /} or contain {@code //}, the ones Zoom wants URL-encoded twice.
 */
public class History {

    /** The last day of seeded history. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 21);

    private final Directory directory;
    private final Map<String, Seeded> accounts = new ConcurrentHashMap<>();

    public History(Directory directory) {
        this.directory = directory;
    }

    /** Zoom's meeting types of webinars: 5 webinar, 6 recurring without fixed time, 9 recurring with fixed time. */
    private static final Set<Object> WEBINAR_TYPES = Set.of(5, 6, 9);

    private record Seeded(
            List<Map<String, Object>> meetings,
            Map<String, List<Map<String, Object>>> participants,
            List<Map<String, Object>> calls,
            List<Map<String, Object>> webinars) {}

    /** Past meetings hosted by {@code userId} (id or email) that started within [from, to]. */
    public List<Map<String, Object>> meetingsOf(String accountId, String userId, LocalDate from, LocalDate to) {
        Map<String, Object> user = directory.find(accountId, userId);
        if (user == null) {
            throw new ApiError(404, 1001, "User does not exist: " + userId);
        }
        return seeded(accountId).meetings().stream()
                .filter(meeting -> user.get("id") != null && user.get("id").equals(meeting.get("host_id")))
                .filter(meeting -> within((String) meeting.get("start_time"), from, to))
                .toList();
    }

    /** The participants of a past meeting, or Zoom's 404 (code 3001). */
    public List<Map<String, Object>> participants(String accountId, String meetingUuid) {
        List<Map<String, Object>> found = seeded(accountId).participants().get(meetingUuid);
        if (found == null) {
            throw new ApiError(404, 3001, "Meeting does not exist: " + meetingUuid + ".");
        }
        return found;
    }

    /** The ended instances ({@code uuid}, {@code start_time}) of the meeting with numeric id {@code meetingId}. */
    public List<Map<String, Object>> instances(String accountId, String meetingId) {
        List<Map<String, Object>> found = seeded(accountId).meetings().stream()
                .filter(meeting -> meetingId.equals(String.valueOf(meeting.get("id"))))
                .map(meeting -> Map.of("uuid", meeting.get("uuid"), "start_time", meeting.get("start_time")))
                .toList();
        if (found.isEmpty()) {
            throw new ApiError(404, 3001, "Meeting does not exist: " + meetingId + ".");
        }
        return found;
    }

    /** The account's calls that started within [from, to]. */
    public List<Map<String, Object>> calls(String accountId, LocalDate from, LocalDate to) {
        return seeded(accountId).calls().stream()
                .filter(call -> within((String) call.get("start_time"), from, to))
                .toList();
    }

    /** All past meetings of the account (for the users report). */
    public List<Map<String, Object>> meetings(String accountId) {
        return List.copyOf(seeded(accountId).meetings());
    }

    /** The account's webinars that started within [from, to] (the Dashboard's past webinars). */
    public List<Map<String, Object>> webinars(String accountId, LocalDate from, LocalDate to) {
        return seeded(accountId).webinars().stream()
                .filter(webinar -> within((String) webinar.get("start_time"), from, to))
                .toList();
    }

    /** A past webinar by instance uuid, or the newest instance of a webinar id; Zoom's 404 (code 3001) when none. */
    public Map<String, Object> webinar(String accountId, String idOrUuid) {
        Map<String, Object> found = null;
        for (Map<String, Object> webinar : seeded(accountId).webinars()) {
            if (idOrUuid.equals(webinar.get("uuid")) || idOrUuid.equals(String.valueOf(webinar.get("id")))) {
                found = webinar;
            }
        }
        if (found == null) {
            throw new ApiError(404, 3001, "Webinar does not exist: " + idOrUuid + ".");
        }
        return found;
    }

    /**
     * A meeting or webinar (types 5, 6 and 9) that has ended, with its participants, as Zoom's reports show it from
     * then on: a meeting in its host's meeting report, a webinar in the Dashboard's past webinars and its report.
     */
    public void recordMeeting(String accountId, Map<String, Object> meeting, List<Map<String, Object>> people) {
        Seeded history = seeded(accountId);
        history.participants().put((String) meeting.get("uuid"), List.copyOf(people));
        Map<String, Object> stored = Collections.unmodifiableMap(new LinkedHashMap<>(meeting));
        if (WEBINAR_TYPES.contains(meeting.get("type"))) {
            history.webinars().add(stored);
        } else {
            history.meetings().add(stored);
        }
    }

    /** A finished Zoom Phone call, as the call history shows it from then on. */
    public void recordCall(String accountId, Map<String, Object> call) {
        seeded(accountId).calls().add(Collections.unmodifiableMap(new LinkedHashMap<>(call)));
    }

    private Seeded seeded(String accountId) {
        return accounts.computeIfAbsent(accountId, this::seed);
    }

    private Seeded seed(String accountId) {
        Random random = new Random(accountId.hashCode() * 31L + 7);
        List<Map<String, Object>> hosts =
                directory.list(accountId, "active", 300, null).users();
        List<Map<String, Object>> meetings = new ArrayList<>();
        Map<String, List<Map<String, Object>>> participants = new ConcurrentHashMap<>();
        List<Map<String, Object>> calls = new ArrayList<>();
        Instant start = LAST_DAY.minusDays(29).atStartOfDay().toInstant(ZoneOffset.UTC);
        int n = 0;
        for (Map<String, Object> host : hosts.subList(0, Math.min(hosts.size(), 40))) {
            for (int m = 0; m < 1 + random.nextInt(4); m++) {
                Instant begin = start.plus(Duration.ofMinutes(random.nextInt(29 * 24 * 60)));
                int minutes = 15 + random.nextInt(75);
                String uuid = uuid(random, n++);
                Map<String, Object> meeting = new LinkedHashMap<>();
                meeting.put("uuid", uuid);
                meeting.put("id", 80_000_000_000L + random.nextInt(1_000_000_000));
                meeting.put("host_id", host.get("id"));
                meeting.put("type", 2);
                meeting.put("topic", "Sync " + n);
                meeting.put("user_name", host.get("display_name"));
                meeting.put("user_email", host.get("email"));
                meeting.put("start_time", begin.toString());
                meeting.put("end_time", begin.plus(Duration.ofMinutes(minutes)).toString());
                meeting.put("duration", minutes);
                List<Map<String, Object>> people = new ArrayList<>();
                int count = 2 + random.nextInt(5);
                for (int p = 0; p < count; p++) {
                    Map<String, Object> other = hosts.get(random.nextInt(hosts.size()));
                    boolean external = random.nextInt(5) == 0;
                    Map<String, Object> participant = new LinkedHashMap<>();
                    participant.put("id", external ? "" : other.get("id"));
                    participant.put("name", external ? "Guest " + p : other.get("display_name"));
                    participant.put("user_email", external ? "" : other.get("email"));
                    participant.put(
                            "join_time", begin.plus(Duration.ofMinutes(p)).toString());
                    participant.put(
                            "leave_time",
                            begin.plus(Duration.ofMinutes(minutes)).toString());
                    participant.put("duration", (minutes - p) * 60);
                    people.add(participant);
                }
                meeting.put("participants_count", people.size());
                meetings.add(meeting);
                participants.put(uuid, List.copyOf(people));
            }
            for (int c = 0; c < random.nextInt(4); c++) {
                Instant begin = start.plus(Duration.ofMinutes(random.nextInt(29 * 24 * 60)));
                int seconds = random.nextInt(5) == 0 ? 0 : 20 + random.nextInt(1200);
                Map<String, Object> call = new LinkedHashMap<>();
                call.put("id", "ch" + n + "x" + c);
                call.put(
                        "call_id",
                        Long.toString(7_000_000_000_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000_000L)));
                call.put("user_id", host.get("id"));
                call.put("direction", random.nextBoolean() ? "outbound" : "inbound");
                call.put("caller_name", host.get("display_name"));
                call.put("callee_number", "+4930" + (1_000_000 + random.nextInt(8_999_999)));
                call.put("start_time", begin.toString());
                call.put("end_time", begin.plusSeconds(seconds).toString());
                call.put("duration", seconds);
                call.put("result", seconds == 0 ? "No Answer" : "Call connected");
                calls.add(call);
            }
        }
        List<Map<String, Object>> webinars = seedWebinars(accountId, hosts, start, participants);
        return new Seeded(
                new CopyOnWriteArrayList<>(meetings),
                participants,
                new CopyOnWriteArrayList<>(calls),
                new CopyOnWriteArrayList<>(webinars));
    }

    /** A webinar for each of the first five hosts, with up to five attendees each (a random of its own). */
    private static List<Map<String, Object>> seedWebinars(
            String accountId,
            List<Map<String, Object>> hosts,
            Instant start,
            Map<String, List<Map<String, Object>>> participants) {
        Random random = new Random(accountId.hashCode() * 31L + 13);
        List<Map<String, Object>> webinars = new ArrayList<>();
        for (int w = 0; w < Math.min(hosts.size(), 5); w++) {
            Map<String, Object> host = hosts.get(w);
            Instant begin = start.plus(Duration.ofMinutes(random.nextInt(29 * 24 * 60)));
            int minutes = 30 + random.nextInt(60);
            String uuid = uuid(random, w * 3);
            Map<String, Object> webinar = new LinkedHashMap<>();
            webinar.put("uuid", uuid);
            webinar.put("id", 90_000_000_000L + random.nextInt(1_000_000_000));
            webinar.put("host_id", host.get("id"));
            webinar.put("type", 5);
            webinar.put("topic", "Webinar " + (w + 1));
            webinar.put("user_name", host.get("display_name"));
            webinar.put("user_email", host.get("email"));
            webinar.put("start_time", begin.toString());
            webinar.put("end_time", begin.plus(Duration.ofMinutes(minutes)).toString());
            webinar.put("duration", minutes);
            List<Map<String, Object>> people = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(5); p++) {
                Map<String, Object> other = hosts.get(random.nextInt(hosts.size()));
                Map<String, Object> participant = new LinkedHashMap<>();
                participant.put("id", other.get("id"));
                participant.put("name", other.get("display_name"));
                participant.put("user_email", other.get("email"));
                participant.put("join_time", begin.plus(Duration.ofMinutes(p)).toString());
                participant.put(
                        "leave_time", begin.plus(Duration.ofMinutes(minutes)).toString());
                participant.put("duration", (minutes - p) * 60);
                people.add(participant);
            }
            webinar.put("participants_count", people.size());
            webinars.add(webinar);
            participants.put(uuid, List.copyOf(people));
        }
        return webinars;
    }

    /** Meeting UUIDs like Zoom's (base64 of 16 bytes); every seventh starts with '/' and every eleventh holds '//'. */
    private static String uuid(Random random, int n) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String uuid = Base64.getEncoder().encodeToString(bytes);
        if (n % 7 == 0) {
            return "/" + uuid.substring(1);
        }
        if (n % 11 == 0) {
            return uuid.substring(0, 5) + "//" + uuid.substring(7);
        }
        return uuid;
    }

    private static boolean within(String instant, LocalDate from, LocalDate to) {
        LocalDate day = Instant.parse(instant).atZone(ZoneOffset.UTC).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
