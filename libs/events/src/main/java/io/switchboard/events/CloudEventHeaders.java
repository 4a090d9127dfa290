package io.switchboard.events;

/**
 * Kafka header names of the CloudEvents 1.0 binary mode, as every Switchboard event carries them.
 *
 * <p>{@link #ID} is deterministic for one Zoom delivery and is the consumers' dedupe key.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION_VALUE = "1.0";

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    /** Header names that a dead-letter record adds to explain why it was not processed. */
    public static final String DLQ_REASON = "dead-letter-reason";

    public static final String DLQ_EXCEPTION = "dead-letter-exception-class-name";

    /** The topic, partition and offset the dead-lettered record was read from (replay puts it back there). */
    public static final String DLQ_TOPIC = "dead-letter-topic";

    public static final String DLQ_PARTITION = "dead-letter-partition";

    public static final String DLQ_OFFSET = "dead-letter-offset";

    /** The consumer group that gave up on the record. */
    public static final String DLQ_CONSUMER_GROUP = "dead-letter-consumer-group";

    /** Prefix shared by every dead-letter header; a replayed record carries none of them. */
    public static final String DLQ_PREFIX = "dead-letter-";

    private CloudEventHeaders() {}
}
