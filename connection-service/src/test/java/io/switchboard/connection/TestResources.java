package io.switchboard.connection;

import io.quarkus.test.common.QuarkusTestResource;
import io.switchboard.testing.JwtResource;
import io.switchboard.testing.KafkaResource;
import io.switchboard.testing.PostgresResource;

/** The real Kafka broker, PostgreSQL and token key that every test of this module shares. */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(ZoomWireMock.class)
public final class TestResources {

    private TestResources() {}
}
