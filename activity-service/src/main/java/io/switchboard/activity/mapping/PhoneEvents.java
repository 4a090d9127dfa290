package io.switchboard.activity.mapping;

import static io.switchboard.activity.mapping.ZoomFields.eventTs;
import static io.switchboard.activity.mapping.ZoomFields.first;
import static io.switchboard.activity.mapping.ZoomFields.required;
import static io.switchboard.activity.mapping.ZoomFields.text;
import static io.switchboard.activity.mapping.ZoomFields.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.PoisonRecordException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Zoom Phone's call webhooks into {@link PhoneReport}s: real-time {@code phone.caller_ended},
 * {@code phone.callee_ended} and {@code phone.callee_missed}; completed history v2 ({@code *_call_history_completed},
 * {@code call_logs[]}) and v3 ({@code *_call_element_completed}, {@code call_elements[]}), each record a report for
 * the event's {@code user_id}. Shapes: {@code zoom-samples/webhooks/phone.*.json}.
 */
public final class PhoneEvents {

    private static final Set<String> REALTIME =
            Set.of("phone.caller_ended", "phone.callee_ended", "phone.callee_missed");
    private static final Set<String> ANSWERED = Set.of("answered", "connected", "call connected", "recorded");

    private PhoneEvents() {}

    public static boolean handles(String type) {
        return REALTIME.contains(type)
                || type.endsWith("_call_history_completed")
                || type.endsWith("_call_element_completed");
    }

    public static List<PhoneReport> read(InboundEvent event) {
        String type = event.type();
        JsonNode payload = event.body().path("payload");
        JsonNode object = payload.path("object");
        String account = required(type, text(payload.get("account_id")), "payload.account_id");
        long eventTs = eventTs(type, event.body().get("event_ts"));
        if (REALTIME.contains(type)) {
            return List.of(realtime(type, account, object, eventTs));
        }
        boolean elements = type.endsWith("_call_element_completed");
        String party = required(type, text(object.get("user_id")), "payload.object.user_id");
        JsonNode records = object.path(elements ? "call_elements" : "call_logs");
        if (!records.isArray() || records.isEmpty()) {
            throw new PoisonRecordException(type + " without " + (elements ? "call_elements" : "call_logs"));
        }
        List<PhoneReport> reports = new ArrayList<>();
        for (JsonNode record : records) {
            reports.add(history(type, account, party, record, elements, eventTs));
        }
        return reports;
    }

    private static PhoneReport realtime(String type, String account, JsonNode object, long eventTs) {
        boolean outbound = type.equals("phone.caller_ended");
        JsonNode self = object.path(outbound ? "caller" : "callee");
        JsonNode other = object.path(outbound ? "callee" : "caller");
        Instant answered = time(type, object.get("answer_start_time"));
        boolean missed = type.equals("phone.callee_missed");
        return new PhoneReport(
                account,
                required(type, text(object.get("call_id")), "payload.object.call_id"),
                required(type, text(self.get("user_id")), (outbound ? "caller" : "callee") + ".user_id"),
                "realtime",
                type,
                outbound,
                !missed && answered != null,
                missed ? "missed" : answered != null ? "answered" : "no_answer",
                required(type, time(type, object.get("ringing_start_time")), "ringing_start_time"),
                missed ? null : answered,
                time(type, object.get("call_end_time")),
                null,
                first(text(other.get("name")), text(other.get("phone_number")), text(other.get("extension_number"))),
                eventTs);
    }

    private static PhoneReport history(
            String type, String account, String party, JsonNode record, boolean element, long eventTs) {
        String direction = required(type, text(record.get("direction")), "direction");
        boolean outbound = direction.equalsIgnoreCase("outbound");
        String side = outbound ? "callee" : "caller";
        String result = text(record.get("result"));
        Instant answered = time(type, record.get("answer_time"));
        boolean connected = answered != null || (result != null && ANSWERED.contains(result.toLowerCase(Locale.ROOT)));
        JsonNode talk = record.get("talk_time");
        JsonNode duration = talk != null && talk.isNumber() ? talk : record.get("duration");
        return new PhoneReport(
                account,
                required(type, text(record.get("call_id")), "call_id"),
                party,
                element ? "element" : "history",
                required(type, text(record.get(element ? "call_element_id" : "id")), "its id"),
                outbound,
                connected,
                result,
                required(type, time(type, record.get("start_time")), "start_time"),
                answered,
                time(type, record.get("end_time")),
                duration != null && duration.isNumber() ? duration.asInt() : null,
                first(
                        text(record.get(side + "_name")),
                        text(record.get(side + "_did_number")),
                        text(record.get(side + "_ext_number"))),
                eventTs);
    }
}
