package io.switchboard.bench;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.embedded.EmbeddedPostgres;
import io.switchboard.security.dev.DevIdentityProvider;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a packaged service needs to run in a benchmark: the embedded Kafka, its database and the identity provider. */
final class BenchServices {

    private BenchServices() {}

    /** The environment of service {@code name} on {@code database}, with {@code secret} as its client secret. */
    static Map<String, String> env(
            String name,
            String database,
            String secret,
            EmbeddedKafka kafka,
            EmbeddedPostgres postgres,
            DevIdentityProvider identity) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(database));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgres.USER);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", identity.jwksUri());
        env.put("MP_JWT_VERIFY_ISSUER", identity.issuer());
        env.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", identity.issuer());
        env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", name);
        env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", secret);
        env.put("QUARKUS_LOG_LEVEL", "WARN");
        return env;
    }

    /** A fresh RSA key pair for the development identity provider. */
    static KeyPair keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
