package io.switchboard.usermapping.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person of an organisation, keyed by the platform's profile id. */
@Entity
@Table(name = "profile")
public class ProfileEntity {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String email;

    @Column(name = "display_name")
    public String displayName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "alternate_emails", nullable = false)
    public List<String> alternateEmails = List.of();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Organisation id and profile id. */
    @Embeddable
    public record Key(
            @Column(name = "org_id") String orgId,
            @Column(name = "profile_id") String profileId) implements Serializable {}
}
