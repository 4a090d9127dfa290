package io.switchboard.simulator.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Zoom Phone calls of the directory's users: placed to an outside number, received and answered, or received and
 * missed; as the webhooks Zoom sends (connected or answered, ended or missed, call history completed) and as the call
 * history shows them afterwards.
 */
final class CallScenario {

    private final EventFactory events;
    private final Random random;

    CallScenario(EventFactory events, Random random) {
        this.events = events;
        this.random = random;
    }

    List<String> play(List<Map<String, Object>> active) {
        int roll = random.nextInt(10);
        boolean inbound = roll >= 5;
        boolean missed = roll >= 8;
        Map<String, Object> user = events.pick(active);
        String callId = Long.toString(7_000_000_000_000_000_000L + Math.abs(random.nextLong() % 1_000_000_000_000L));
        String outside = "+4930" + (1_000_000 + random.nextInt(8_999_999));
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("extension_number", 100 + random.nextInt(900));
        extension.put("name", user.get("display_name"));
        extension.put("user_id", user.get("id"));
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("call_id", callId);
        object.put("caller", inbound ? Map.of("phone_number", outside) : extension);
        object.put("callee", inbound ? extension : Map.of("phone_number", outside));
        String side = inbound ? "phone.callee_" : "phone.caller_";
        List<String> bodies = new ArrayList<>();
        String start = events.tick();
        String end;
        if (missed) {
            object.put("ringing_start_time", start);
            object.put("handup_result", "No Answer");
            end = events.tick();
            object.put("call_end_time", end);
            bodies.add(events.event("phone.callee_missed", object, Map.of()));
        } else {
            object.put(inbound ? "answer_start_time" : "connected_start_time", start);
            bodies.add(events.event(inbound ? "phone.callee_answered" : "phone.caller_connected", object, Map.of()));
            end = events.tick();
            Map<String, Object> ended = new LinkedHashMap<>(object);
            ended.put("call_end_time", end);
            bodies.add(events.event(side + "ended", ended, Map.of()));
        }
        events.tick();
        Map<String, Object> log = log(callId, user, outside, inbound, missed, start, end);
        bodies.add(events.event(
                side + "call_history_completed",
                Map.of("user_id", user.get("id"), "call_logs", List.of(log)),
                Map.of()));
        events.history().recordCall(events.accountId(), log);
        return bodies;
    }

    private static Map<String, Object> log(
            String callId,
            Map<String, Object> user,
            String outside,
            boolean inbound,
            boolean missed,
            String start,
            String end) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("id", "ch-" + callId);
        log.put("call_id", callId);
        log.put("user_id", user.get("id"));
        log.put("direction", inbound ? "inbound" : "outbound");
        log.put("caller_name", inbound ? "" : user.get("display_name"));
        log.put("caller_email", inbound ? "" : user.get("email"));
        log.put("caller_number", inbound ? outside : "");
        log.put("callee_name", inbound ? user.get("display_name") : "");
        log.put("callee_email", inbound ? user.get("email") : "");
        log.put("callee_number", inbound ? "" : outside);
        log.put("start_time", start);
        log.put("end_time", end);
        log.put(
                "duration",
                missed
                        ? 0
                        : (int) Duration.between(Instant.parse(start), Instant.parse(end))
                                .toSeconds());
        log.put("result", missed ? "No Answer" : "Call connected");
        return log;
    }
}
