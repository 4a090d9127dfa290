package io.switchboard.connection.repository;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ConnectionStatus} and {@link ConnectionType} under their wire names, which the schema checks. */
public final class ConnectionColumns {

    private ConnectionColumns() {}

    @Converter(autoApply = true)
    public static final class StatusColumn implements AttributeConverter<ConnectionStatus, String> {

        @Override
        public String convertToDatabaseColumn(ConnectionStatus status) {
            return status == null ? null : status.wire();
        }

        @Override
        public ConnectionStatus convertToEntityAttribute(String wire) {
            return wire == null ? null : ConnectionStatus.fromWire(wire);
        }
    }

    @Converter(autoApply = true)
    public static final class TypeColumn implements AttributeConverter<ConnectionType, String> {

        @Override
        public String convertToDatabaseColumn(ConnectionType type) {
            return type == null ? null : type.wire();
        }

        @Override
        public ConnectionType convertToEntityAttribute(String wire) {
            return wire == null ? null : ConnectionType.fromWire(wire);
        }
    }
}
