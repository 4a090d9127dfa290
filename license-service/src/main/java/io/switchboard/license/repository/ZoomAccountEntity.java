package io.switchboard.license.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Zoom user of one connection with its licence fields. */
@Entity
@Table(name = "zoom_account")
public class ZoomAccountEntity {

    @EmbeddedId
    public Key key;

    @Column(name = "org_id", nullable = false)
    public String orgId;

    @Column(nullable = false)
    public String email;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    /** Zoom licence type: 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None. */
    @Column(name = "license_type", nullable = false)
    public int licenseType;

    @Column(nullable = false)
    public String status;

    @Column(name = "role_id")
    public String roleId;

    @Column(name = "last_client_version")
    public String lastClientVersion;

    @Column(name = "last_login_at")
    public Instant lastLoginAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "email_verified", nullable = false)
    public boolean emailVerified;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "group_ids", nullable = false)
    public List<String> groupIds = List.of();

    /** Connection id and Zoom user id. */
    @Embeddable
    public record Key(
            @Column(name = "connection_id") UUID connectionId,
            @Column(name = "zoom_user_id") String zoomUserId) implements Serializable {}
}
