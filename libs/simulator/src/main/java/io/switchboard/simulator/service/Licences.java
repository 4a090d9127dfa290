package io.switchboard.simulator.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Zoom reports about an account's licences: plan usage ({@code GET /accounts/{id}/plans/usage}, in a regular
 * account's shape or a master account's) and the user summary ({@code GET /users/summary}).
 */
public class Licences {

    private static final String PENDING = "pending";

    private final Directory directory;
    private final AccountPlans plans;

    public Licences(Directory directory, AccountPlans plans) {
        this.directory = directory;
        this.plans = plans;
    }

    /**
     * Plan usage: {@code plan_base{type, hosts, usage, pending}} for a regular account; a master account answers in
     * the Billing API's shape, whose {@code plan_base} also has {@code active_hosts} and which lists add-on plans.
     */
    public Map<String, Object> planUsage(String accountId) {
        List<Map<String, Object>> users = directory.all(accountId);
        AccountPlans.Plan plan = plans.of(accountId);
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("type", "monthly");
        base.put("hosts", plan.seats());
        base.put("usage", Directory.licensed(users));
        base.put("pending", count(users, PENDING));
        if (!plan.master()) {
            return Map.of("plan_base", base);
        }
        base.put("active_hosts", count(users, "active"));
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("plan_base", base);
        usage.put("plan_large_meeting", List.of(addOn("large500_monthly", 5, 2)));
        usage.put("plan_webinar", List.of(addOn("webinar500_monthly", 3, 1)));
        usage.put(
                "plan_recording",
                Map.of("type", "cmr_monthly_commitment_40", "plan_storage", "10 GB", "plan_storage_usage", "1 GB"));
        return usage;
    }

    /** Users by licence type and the pending invitations, as Zoom's {@code GET /users/summary} counts them. */
    public Map<String, Object> summary(String accountId) {
        List<Map<String, Object>> users = directory.all(accountId);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("licensed_users_count", ofType(users, Directory.LICENSED));
        summary.put("basic_users_count", ofType(users, 1));
        summary.put("on_prem_users_count", ofType(users, 3));
        summary.put("room_users_count", 0);
        summary.put("pending_users_count", count(users, PENDING));
        summary.put("join_only_users_count", ofType(users, 4));
        summary.put("total_users_count", users.size());
        return summary;
    }

    private static Map<String, Object> addOn(String type, int hosts, int usage) {
        return Map.of("type", type, "hosts", hosts, "usage", usage, "pending", 0);
    }

    private static long count(List<Map<String, Object>> users, String status) {
        return users.stream().filter(user -> status.equals(user.get("status"))).count();
    }

    /** Users of licence {@code type} that are not pending invitations. */
    private static long ofType(List<Map<String, Object>> users, int type) {
        return users.stream()
                .filter(user -> !PENDING.equals(user.get("status"))
                        && Integer.valueOf(type).equals(user.get("type")))
                .count();
    }
}
