package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import io.switchboard.messaging.consumer.Failures;
import io.switchboard.messaging.consumer.PoisonRecordException;
import io.vertx.pgclient.PgException;
import jakarta.validation.ConstraintViolationException;
import java.net.ConnectException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures dead-letter a record, and which are tried again. */
class FailuresTest {

    @Test
    void aRecordThatCannotBeReadOrIsRefusedForItsContentIsPoison() {
        assertTrue(Failures.isPoison(new PoisonRecordException("no account id")));
        assertTrue(Failures.isPoison(new CompletionException(new PoisonRecordException("wrapped"))));
        assertTrue(Failures.isPoison(new ConstraintViolationException("invalid", Set.of())));
        assertTrue(Failures.isPoison(postgres("22001")), "value too long");
        assertTrue(Failures.isPoison(postgres("23502")), "a required field missing");
        assertTrue(Failures.isPoison(postgres("23514")), "a check the value fails");
    }

    @Test
    void infrastructureFailuresRacesAndOtherServicesAnswersAreRetried() {
        assertTrue(Failures.isRetryable(new ConnectException("Connection refused")));
        assertTrue(Failures.isRetryable(postgres("40001")), "serialization failure");
        assertTrue(Failures.isRetryable(postgres("40P01")), "deadlock");
        assertTrue(Failures.isRetryable(postgres("57P01")), "server shutting down");
        assertTrue(Failures.isRetryable(postgres("23505")), "a unique race between replicas");
        assertTrue(Failures.isRetryable(postgres("23503")), "a parent another consumer has not written yet");
        assertTrue(Failures.isRetryable(new JsonParseException(null, "an HTML 502 from another service")));
        assertFalse(Failures.isPoison(new IllegalStateException("a bug")), "a bug stops the channel, visibly");
    }

    private static RuntimeException postgres(String sqlState) {
        return new CompletionException(new PgException("failed", "ERROR", sqlState, null));
    }
}
