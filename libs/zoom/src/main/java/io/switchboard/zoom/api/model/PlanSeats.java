package io.switchboard.zoom.api.model;

/**
 * One plan of {@code GET /accounts/{id}/plans/usage}: how many licences it has and how many are used.
 *
 * @param activeHosts only in the master-account shape, else null
 */
public record PlanSeats(String type, String name, int hosts, int usage, Integer activeHosts, int pending) {

    /** Licences not used, never below 0. */
    public int available() {
        return Math.max(0, hosts - usage);
    }
}
