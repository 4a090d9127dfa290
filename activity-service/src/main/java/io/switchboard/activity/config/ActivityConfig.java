package io.switchboard.activity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How activity-service records Zoom activity. */
@ConfigMapping(prefix = "switchboard.activity")
public interface ActivityConfig {

    /**
     * Kafka consumers per event channel (zoom.meeting, zoom.webinar, zoom.phone) in one replica, each applying its
     * partitions' records in order; read by the channels' {@code concurrency} attribute.
     */
    @WithDefault("1")
    int eventLanes();

    /** Instances of one meeting id that follow each other within this gap are one logical meeting (a host restart). */
    @WithDefault("15M")
    Duration mergeGap();

    /** How long the activity of a Zoom user who is not mapped yet is kept ready to appear once they are mapped. */
    @WithDefault("7D")
    Duration unmappedWindow();

    /**
     * How often the facts of meetings and calls in which nobody mapped took part, with nothing received for them within
     * the unmapped window, are deleted.
     */
    @WithDefault("1H")
    Duration retentionEvery();

    /** How far back a new connection's activity is pulled from Zoom's reports (at most 183 days, Zoom's window). */
    @WithDefault("30D")
    Duration backfill();

    /** How many days back a reconciliation asked for by {@code connection.sync_requested} covers. */
    @WithDefault("7D")
    Duration syncWindow();

    /** How often every active connection is reconciled with Zoom's reports (the last two days, as reports lag). */
    @WithDefault("24H")
    Duration reconcileEvery();

    /** How often the connections due for a reconciliation are looked for. */
    @WithDefault("10M")
    Duration reconcileCheck();

    /** How often a replica looks for a queued reconciliation. */
    @WithDefault("1S")
    Duration reconcilePoll();

    /** A running reconciliation whose heartbeat is older than this is taken over (its replica died). */
    @WithDefault("2M")
    Duration reconcileStaleAfter();

    /**
     * The first wait of a reconciliation that met a failure it can outlive (Zoom down or rate limited, the database
     * away); each further failure doubles it up to {@code reconcile-retry-max}. A spent daily cap waits for 00:00 UTC.
     */
    @WithDefault("1M")
    Duration reconcileRetryInitial();

    /** The longest wait between two attempts of a reconciliation. */
    @WithDefault("1H")
    Duration reconcileRetryMax();

    /** Reconciliations one replica runs at once. */
    @WithDefault("2")
    int reconcileParallelism();
}
