package io.switchboard.ingest;

import io.quarkus.test.common.QuarkusTestResource;
import io.switchboard.testing.JwtResource;
import io.switchboard.testing.KafkaResource;
import io.switchboard.testing.ZoomSimulatorResource;

/** The real Kafka broker, the token key and the in-process Zoom simulator that every test of this module shares. */
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(ZoomSimulatorResource.class)
public final class TestResources {

    private TestResources() {}
}
