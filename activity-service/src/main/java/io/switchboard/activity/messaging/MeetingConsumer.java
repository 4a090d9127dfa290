package io.switchboard.activity.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.MeetingEvents;
import io.switchboard.activity.service.MeetingRecorder;
import io.switchboard.events.Channels;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.SqlEventHandler;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records Zoom's meeting and webinar webhooks: starts, ends, joins and leaves. */
@ApplicationScoped
public class MeetingConsumer implements SqlEventHandler {

    private final EventConsumer consumer;
    private final MeetingRecorder recorder;

    public MeetingConsumer(EventConsumer consumer, MeetingRecorder recorder) {
        this.consumer = consumer;
        this.recorder = recorder;
    }

    @Incoming(Channels.ZOOM_MEETING)
    public Uni<Void> meeting(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Incoming(Channels.ZOOM_WEBINAR)
    public Uni<Void> webinar(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return MeetingEvents.handles(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        return recorder.record(sql, MeetingEvents.read(event));
    }
}
