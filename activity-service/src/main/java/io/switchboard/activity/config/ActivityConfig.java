package io.switchboard.activity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How activity-service records Zoom activity. */
@ConfigMapping(prefix = "switchboard.activity")
public interface ActivityConfig {

    /** Instances of one meeting id that follow each other within this gap are one logical meeting (a host restart). */
    @WithDefault("15M")
    Duration mergeGap();

    /** How long the activity of a Zoom user who is not mapped yet is kept ready to appear once they are mapped. */
    @WithDefault("7D")
    Duration unmappedWindow();
}
