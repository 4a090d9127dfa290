package io.switchboard.zoom.api.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /accounts/{accountId}/plans/usage} in one typed result, whichever shape Zoom answers: a regular account's
 * {@code plan_base{type, hosts, usage, pending}}, or the master-account (Billing API) shape whose {@code plan_base}
 * also has {@code active_hosts} and which lists add-on plans. Plans the shape lacks are null or empty.
 */
public record PlanUsage(
        PlanSeats planBase,
        PlanSeats planUnited,
        List<PlanSeats> planZoomOne,
        List<PlanSeats> planLargeMeeting,
        List<PlanSeats> planWebinar,
        PlanRecording planRecording) {

    public PlanUsage {
        planZoomOne = planZoomOne == null ? List.of() : List.copyOf(planZoomOne);
        planLargeMeeting = planLargeMeeting == null ? List.of() : List.copyOf(planLargeMeeting);
        planWebinar = planWebinar == null ? List.of() : List.copyOf(planWebinar);
    }

    /** The plan that holds the account's user licences: the base plan, else the united plan, else Zoom One. */
    public Optional<PlanSeats> seats() {
        if (planBase != null) {
            return Optional.of(planBase);
        }
        if (planUnited != null) {
            return Optional.of(planUnited);
        }
        return planZoomOne.stream().findFirst();
    }

    /** Cloud recording storage of the plan, as Zoom words it (for example {@code "10 GB"}). */
    public record PlanRecording(String type, String freeStorage, String planStorage, String planStorageUsage) {}
}
