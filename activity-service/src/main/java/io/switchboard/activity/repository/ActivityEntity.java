package io.switchboard.activity.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One timeline entry. */
@Entity
@Table(name = "activity")
public class ActivityEntity {

    @Id
    public UUID id;

    @Column(name = "org_id", nullable = false)
    public String orgId;

    @Column(name = "profile_id")
    public String profileId;

    @Column(name = "connection_id", nullable = false)
    public UUID connectionId;

    @Column(nullable = false)
    public String type;

    public String title;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "duration_seconds")
    public Integer durationSeconds;

    /** hosted, attended, placed, received or missed. */
    @Column(nullable = false)
    public String role;

    /** What the entry derives from; unique per person. */
    @Column(name = "source_key", nullable = false)
    public String sourceKey;

    @Column(name = "zoom_user_id")
    public String zoomUserId;

    /** Distinct participants of the meeting or webinar. */
    public Integer participants;

    @Column(name = "minutes_present")
    public Integer minutesPresent;

    /** The logical meeting or the call: the entries of everyone who took part share it. */
    @Column(name = "activity_group", nullable = false)
    public String activityGroup;

    /** The other side of a call. */
    @Column(name = "other_party")
    public String otherParty;

    /** A call's result as Zoom reports it. */
    public String result;

    /** The person is switched off or no longer mapped to this Zoom user: the entry is kept and not shown. */
    @Column(nullable = false)
    public boolean hidden;
}
