package io.switchboard.license;

import io.quarkus.test.common.QuarkusTestResource;
import io.switchboard.testing.ConnectionServiceOnTestPortResource;
import io.switchboard.testing.JwtResource;
import io.switchboard.testing.KafkaResource;
import io.switchboard.testing.PostgresResource;
import io.switchboard.testing.ServiceClientResource;
import io.switchboard.testing.ZoomSimulatorResource;

/**
 * The real Kafka broker, PostgreSQL, identity provider and Zoom simulator that every test of this module shares.
 * The app plays connection-service's access-token endpoint itself ({@link io.switchboard.testing.ConnectionServiceStandIn}).
 */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(ServiceClientResource.class)
@QuarkusTestResource(ZoomSimulatorResource.class)
@QuarkusTestResource(ConnectionServiceOnTestPortResource.class)
public final class TestResources {

    private TestResources() {}
}
