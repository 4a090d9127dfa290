package io.switchboard.license.mapping;

import io.switchboard.domain.DomainException;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST .../licenses/reclaim}: either {@code zoomUserIds} or {@code fromUnused} (the unused-licence
 * query), the {@code action}, and {@code dryRun} (true unless false is asked: the plan only).
 */
public record ReclaimRequest(
        @Schema(description = "The users to act on, or null with fromUnused", examples = "[\"KDcuGIm1QgePTO8WbOqwIQ\"]")
        List<String> zoomUserIds,

        UnusedCriteria fromUnused,

        @Schema(
                required = true,
                enumeration = {"downgrade", "deactivate"},
                examples = "downgrade")
        String action,

        @Schema(description = "true unless false is asked: the plan only", examples = "true")
        Boolean dryRun) {

    /** The most users one reclaim acts on. */
    public static final int MAX_USERS = 1_000;

    /** The unused-licence query, as {@code GET .../licenses/unused} takes it. */
    public record UnusedCriteria(
            @Schema(examples = "90") Integer inactiveDays,
            @Schema(examples = "login") String basis,
            @Schema(examples = "false") Boolean includeAdmins) {}

    /**
     * A checked reclaim.
     *
     * @param zoomUserIds the users asked for, without repeats; null when {@code fromUnused} chooses them
     */
    public record Order(List<String> zoomUserIds, UnusedQuery fromUnused, ReclaimAction action, boolean dryRun) {}

    /** The checked order; 400 problem when malformed. */
    public Order order() {
        ReclaimAction chosen = ReclaimAction.parse(action);
        boolean dry = dryRun == null || dryRun;
        if ((zoomUserIds == null) == (fromUnused == null)) {
            throw DomainException.invalid("Give either zoomUserIds or fromUnused.");
        }
        if (fromUnused != null) {
            UnusedQuery query = UnusedQuery.parse(
                    text(fromUnused.inactiveDays()), fromUnused.basis(), text(fromUnused.includeAdmins()));
            return new Order(null, query, chosen, dry);
        }
        if (zoomUserIds.isEmpty() || zoomUserIds.size() > MAX_USERS) {
            throw DomainException.invalid("zoomUserIds must name 1 to " + MAX_USERS + " users.");
        }
        if (zoomUserIds.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 128)) {
            throw DomainException.invalid("zoomUserIds must be Zoom user ids.");
        }
        return new Order(List.copyOf(new LinkedHashSet<>(zoomUserIds)), null, chosen, dry);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
