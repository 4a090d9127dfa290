package io.switchboard.activity.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.PhoneEvents;
import io.switchboard.activity.service.PhoneRecorder;
import io.switchboard.events.Channels;
import io.switchboard.messaging.consumer.BatchSqlEventHandler;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records Zoom Phone's call webhooks: real-time ends and misses, and the completed-call history v2 and v3. */
@ApplicationScoped
public class PhoneConsumer implements BatchSqlEventHandler {

    private final EventConsumer consumer;
    private final PhoneRecorder recorder;

    public PhoneConsumer(EventConsumer consumer, PhoneRecorder recorder) {
        this.consumer = consumer;
        this.recorder = recorder;
    }

    @Incoming(Channels.ZOOM_PHONE)
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return consumer.consumeAll(records, this);
    }

    @Override
    public boolean handles(String type) {
        return PhoneEvents.handles(type);
    }

    @Override
    public Uni<Void> applyAll(List<InboundEvent> events, SqlConnection sql) {
        return recorder.record(
                sql,
                events.stream()
                        .flatMap(event -> PhoneEvents.read(event).stream())
                        .toList());
    }
}
