package io.switchboard.messaging;

import io.smallrye.common.annotation.Identifier;
import io.switchboard.kafka.DurableProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service's one {@link DurableProducer}, shared by the outbox relay and the dead-letter writer. */
@ApplicationScoped
public class DurableProducerBean {

    @Produces
    @Singleton
    DurableProducer producer(
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        return new DurableProducer(kafka, application);
    }

    void close(@Disposes DurableProducer producer) {
        producer.close();
    }
}
