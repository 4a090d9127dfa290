package io.switchboard.usermapping.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** user-mapping-service's own settings. */
@ConfigMapping(prefix = "switchboard.user-mapping")
public interface UserMappingConfig {

    /** How long after its last import an active connection's directory is imported again. */
    @WithDefault("24H")
    Duration importEvery();

    /** How often connections due for their regular import are looked for (a duration, or {@code off}). */
    @WithDefault("10M")
    String importCheck();

    /** How often queued imports are looked for (also how soon a replica takes over a dead one's import). */
    @WithDefault("1S")
    String importPoll();

    /** Users per page of Zoom's {@code GET /users} (Zoom's largest is 300). */
    @WithDefault("300")
    int importPageSize();

    /**
     * How many fetched pages of an import may wait for their store while the listing goes on (each holds a page of
     * users in memory); more absorbs slow stores without losing Zoom's pace.
     */
    @WithDefault("4")
    int importPagesBuffered();

    /** How many imports of different connections one replica runs at once. */
    @WithDefault("4")
    int importParallelism();

    /** A running import whose heartbeat is older than this is taken over (its replica died) and restarted. */
    @WithDefault("2M")
    Duration importStaleAfter();

    /**
     * How many transactions at once match a connection's whole directory after an import, each writing its share of
     * the users (PostgreSQL runs a statement on one core); at least 1.
     */
    @WithDefault("2")
    int matchParts();

    /** How many past runs {@code .../import/history} lists. */
    @WithDefault("20")
    int importHistory();
}
