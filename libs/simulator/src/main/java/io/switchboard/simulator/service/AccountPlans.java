package io.switchboard.simulator.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan of each simulated account: how many licences (seats) it has, and whether it is a master account, whose plan
 * usage Zoom answers in the Billing (master account) shape. Accounts nobody configured have the simulator's default
 * seats and are regular accounts.
 */
public class AccountPlans {

    /**
     * One account's plan.
     *
     * @param seats licences of the base plan
     * @param master whether plan usage is answered in the master-account shape
     */
    public record Plan(int seats, boolean master) {

        public Plan {
            if (seats < 0) {
                throw new ApiError(400, 300, "seats must not be negative");
            }
        }
    }

    /**
     * Zoom's error code when a user would need a licence the plan no longer has (the Users API's "account has reached
     * the permitted maximum number of Licensed users").
     */
    public static final int NO_SEAT_CODE = 2034;

    private static final String NO_SEAT_ADVICE = " because your account has reached the permitted maximum number of"
            + " Licensed users. Please purchase additional licenses or contact the Zoom support team to provision"
            + " additional users in your account.";

    private final int defaultSeats;
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();

    public AccountPlans(int defaultSeats) {
        this.defaultSeats = defaultSeats;
    }

    /** Zoom's 400 when a user cannot be made Licensed for lack of a seat. */
    public static ApiError noSeatToConvert() {
        return new ApiError(
                400,
                NO_SEAT_CODE,
                "Your request to convert user type to Licensed was not approved at this time" + NO_SEAT_ADVICE);
    }

    /** Zoom's 400 when a Licensed user cannot be added for lack of a seat. */
    public static ApiError noSeatToAdd() {
        return new ApiError(
                400,
                NO_SEAT_CODE,
                "Your request to add a new Licensed user was not approved at this time" + NO_SEAT_ADVICE);
    }

    /** The plan of {@code accountId}. */
    public Plan of(String accountId) {
        return plans.getOrDefault(accountId, new Plan(defaultSeats, false));
    }

    /** Gives {@code accountId} another plan. */
    public void set(String accountId, Plan plan) {
        plans.put(accountId, plan);
    }
}
