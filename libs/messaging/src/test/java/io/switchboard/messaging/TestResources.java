package io.switchboard.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.switchboard.testing.KafkaResource;
import io.switchboard.testing.PostgresResource;

/** The real Kafka broker and PostgreSQL that every test of this module shares. */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
public final class TestResources {

    private TestResources() {}
}
