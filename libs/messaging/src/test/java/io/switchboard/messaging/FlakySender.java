package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.kafka.RecordSender;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * A sender that fails some sends the two ways a broker can: before the record is written, and after it was written
 * when the acknowledgement is lost (the relay then believes it failed, and sends it again later).
 */
final class FlakySender implements RecordSender {

    private final RecordSender real;
    private final Random random;
    private final double failBefore;
    private final double loseAck;
    private final AtomicInteger injected = new AtomicInteger();

    FlakySender(RecordSender real, long seed, double failBefore, double loseAck) {
        this.real = real;
        this.random = new Random(seed);
        this.failBefore = failBefore;
        this.loseAck = loseAck;
    }

    @Override
    public Uni<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        double dice;
        synchronized (random) {
            dice = random.nextDouble();
        }
        if (dice < failBefore) {
            injected.incrementAndGet();
            // As from a broker: the failure arrives later, not while the caller is still sending.
            return Uni.createFrom()
                    .<RecordMetadata>nullItem()
                    .onItem()
                    .delayIt()
                    .by(Duration.ofMillis(2))
                    .onItem()
                    .failWith(() -> new TimeoutException("injected: not sent"));
        }
        Uni<RecordMetadata> sent = real.send(record);
        if (dice < failBefore + loseAck) {
            injected.incrementAndGet();
            return sent.onItem().failWith(() -> new TimeoutException("injected: written, acknowledgement lost"));
        }
        return sent;
    }

    int injected() {
        return injected.get();
    }
}
