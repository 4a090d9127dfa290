package io.switchboard.zoom.api.model;

import java.time.Instant;

/**
 * A Zoom Phone call of {@code GET /phone/call_history}. Zoom's current entries name the outcome {@code call_result},
 * older ones {@code result}; numbers and emails are blank where Zoom does not know them. {@code duration} is in
 * seconds.
 */
public record CallRecord(
        String id,
        String callHistoryUuid,
        String callId,
        String userId,
        String direction,
        Instant startTime,
        Instant answerTime,
        Instant endTime,
        int duration,
        String callResult,
        String result,
        String callerName,
        String callerEmail,
        String callerDidNumber,
        String callerExtNumber,
        String calleeName,
        String calleeEmail,
        String calleeDidNumber,
        String calleeExtNumber,
        String calleeNumber) {}
