package io.switchboard.activity.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.MeetingEvents;
import io.switchboard.activity.service.MeetingRecorder;
import io.switchboard.events.Channels;
import io.switchboard.messaging.consumer.BatchSqlEventHandler;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records Zoom's meeting and webinar webhooks (starts, ends, joins and leaves), a polled batch at a time. */
@ApplicationScoped
public class MeetingConsumer implements BatchSqlEventHandler {

    private final EventConsumer consumer;
    private final MeetingRecorder recorder;

    public MeetingConsumer(EventConsumer consumer, MeetingRecorder recorder) {
        this.consumer = consumer;
        this.recorder = recorder;
    }

    @Incoming(Channels.ZOOM_MEETING)
    public Uni<Void> meetings(ConsumerRecords<String, String> records) {
        return consumer.consumeAll(records, this);
    }

    @Incoming(Channels.ZOOM_WEBINAR)
    public Uni<Void> webinars(ConsumerRecords<String, String> records) {
        return consumer.consumeAll(records, this);
    }

    @Override
    public boolean handles(String type) {
        return MeetingEvents.handles(type);
    }

    @Override
    public Uni<Void> applyAll(List<InboundEvent> events, SqlConnection sql) {
        return recorder.record(sql, events.stream().map(MeetingEvents::read).toList());
    }
}
