package io.switchboard.testing;

import java.lang.reflect.InvocationTargetException;

/**
 * Where a test JVM's Kafka broker and PostgreSQL server come from. {@link SharedInfrastructure} starts one of each
 * through the implementation that system property {@value #PROPERTY} names, so every test resource and every test
 * works unchanged on either:
 *
 * <ul>
 *   <li>{@value #EMBEDDED} (the default): {@code EmbeddedKafka} in this JVM and {@code EmbeddedPostgres} as a child
 *       process, from libs/embedded. Needs nothing but a JDK.
 *   <li>{@value #CONTAINERS}: Testcontainers' apache/kafka and postgres images of the same versions. Needs a Docker
 *       engine, and this library built with {@code -Pcontainers}, which also sets the property.
 * </ul>
 */
public interface Infrastructure {

    /** The system property that selects the implementation. */
    String PROPERTY = "switchboard.infrastructure";

    /** Kafka and PostgreSQL from libs/embedded. */
    String EMBEDDED = "embedded";

    /** Kafka and PostgreSQL in containers. */
    String CONTAINERS = "containers";

    /** The PostgreSQL superuser that the services under test connect as. */
    String POSTGRES_USER = "postgres";

    /** Its password (the embedded server trusts every local connection and ignores it). */
    String POSTGRES_PASSWORD = "postgres";

    /** A running single-node Kafka broker (KRaft) without topics; the caller creates them. */
    KafkaServer startKafka();

    /** A running PostgreSQL server that holds an empty database {@code database}, owned by {@value #POSTGRES_USER}. */
    PostgresServer startPostgres(String database);

    /** A server that a test can take down and bring back. */
    interface Server {

        /** Stops the server and keeps its address and its data for {@link #restart()}. */
        void stop();

        /** Starts a stopped server again on the same address with the same data; returns once it takes clients. */
        void restart();

        /** Stops the server for good and frees what it holds (when the JVM exits). */
        void close();
    }

    /** A Kafka broker. */
    interface KafkaServer extends Server {

        /** The {@code bootstrap.servers} value for clients. */
        String bootstrapServers();
    }

    /** A PostgreSQL server; clients log in as {@value #POSTGRES_USER} with {@value #POSTGRES_PASSWORD}. */
    interface PostgresServer extends Server {

        /** The host that clients connect to. */
        String host();

        /** The TCP port that clients connect to. */
        int port();
    }

    /** The implementation that {@value #PROPERTY} names ({@value #EMBEDDED} when it is not set). */
    static Infrastructure selected() {
        return named(System.getProperty(PROPERTY, EMBEDDED).trim());
    }

    /** The implementation called {@code name}: {@value #EMBEDDED} or {@value #CONTAINERS}. */
    static Infrastructure named(String name) {
        return switch (name) {
            case EMBEDDED -> new EmbeddedInfrastructure();
            case CONTAINERS -> containers();
            default ->
                throw new IllegalArgumentException(
                        PROPERTY + "=" + name + " names no infrastructure; use " + EMBEDDED + " or " + CONTAINERS);
        };
    }

    private static Infrastructure containers() {
        String className = Infrastructure.class.getPackageName() + ".ContainerInfrastructure";
        try {
            return (Infrastructure) Class.forName(className, true, Infrastructure.class.getClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(
                    PROPERTY + "=" + CONTAINERS + " needs libs/testing built with -Pcontainers (run the tests with"
                            + " -Pcontainers, and libs/testing in the same build: a full build or -am)",
                    e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not set up " + className, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not set up " + className, e);
        }
    }
}
