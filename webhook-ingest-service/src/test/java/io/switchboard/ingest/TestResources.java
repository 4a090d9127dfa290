package io.switchboard.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.switchboard.testing.JwtResource;
import io.switchboard.testing.KafkaResource;

/** The real Kafka broker, PostgreSQL and token key that every test of this module shares. */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(JwtResource.class)
public final class TestResources {

    private TestResources() {}
}
