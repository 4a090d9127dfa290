package io.switchboard.usermapping.service;

import io.switchboard.usermapping.repository.MappingRepository.MappingRow;
import io.switchboard.usermapping.repository.MappingRepository.MappingWrite;
import io.switchboard.usermapping.service.Matcher.Outcome;
import java.util.Objects;

/** How a matching outcome compares with the stored mapping row, and what subscribers of the change learn. */
final class MappingChanges {

    private MappingChanges() {}

    /** What {@code switchboard.mappings} shows of a row change. */
    enum Visible {
        /** A mapping record: newly mapped, or its profile, switch or source changed. */
        MAPPED,
        /** A tombstone: the user was mapped and is no more. */
        UNMAPPED,
        /** Nothing others see (only the reason of an unmapped user changed). */
        NONE
    }

    static MappingWrite write(String zoomUserId, Outcome outcome) {
        return new MappingWrite(
                zoomUserId,
                outcome.profileId(),
                outcome.source() == null ? null : outcome.source().wire(),
                outcome.reason() == null ? null : outcome.reason().wire(),
                outcome.enabled());
    }

    static boolean same(MappingRow row, MappingWrite write) {
        return row != null
                && Objects.equals(row.profileId(), write.profileId())
                && Objects.equals(row.source(), write.source())
                && Objects.equals(row.reason(), write.reason())
                && row.enabled() == write.enabled();
    }

    static Visible visible(MappingRow before, MappingWrite after) {
        boolean wasMapped = before != null && before.profileId() != null;
        if (after.profileId() != null) {
            boolean changed = !wasMapped
                    || !after.profileId().equals(before.profileId())
                    || after.enabled() != before.enabled()
                    || !Objects.equals(after.source(), before.source());
            return changed ? Visible.MAPPED : Visible.NONE;
        }
        return wasMapped ? Visible.UNMAPPED : Visible.NONE;
    }
}
