package io.switchboard.events;

import java.util.Objects;

/**
 * A Kafka topic of the Switchboard contract.
 *
 * @param name the topic name, as in DESIGN.md section 2
 * @param compacted whether the topic keeps only the newest record per key (log compaction)
 */
public record TopicSpec(String name, boolean compacted) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
    }

    /** The dead-letter topic that receives this topic's poison messages. */
    public TopicSpec deadLetter() {
        return new TopicSpec(Topics.dlq(name), false);
    }
}
