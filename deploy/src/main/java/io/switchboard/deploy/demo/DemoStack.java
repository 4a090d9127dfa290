package io.switchboard.deploy.demo;

import io.switchboard.deploy.LocalStack;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.StackConfig;

/**
 * The running stack the demo drives, and who it is there.
 *
 * @param org the organisation the demo acts for
 * @param adminToken a JWT of an admin of {@code org}, which every service trusts
 * @param webhookSecret the secret ingest verifies Zoom's signatures with (app key {@code default})
 * @param zoomAccountId the simulated Zoom account that the stack's OAuth app is installed on
 */
public record DemoStack(
        String org,
        String adminToken,
        String webhookSecret,
        String zoomAccountId,
        String simulator,
        String ingest,
        String connections,
        String userMapping,
        String activity,
        String licences) {

    /** The services of {@code config}. */
    public static DemoStack of(StackConfig config, String org, String adminToken, String webhookSecret) {
        return new DemoStack(
                org,
                adminToken,
                webhookSecret,
                LocalStack.SIMULATOR_ACCOUNT_ID,
                url(config, StackConfig.SIMULATOR),
                url(config, "webhook-ingest-service"),
                url(config, "connection-service"),
                url(config, "user-mapping-service"),
                url(config, "activity-service"),
                url(config, "license-service"));
    }

    /** {@code path} of the organisation at {@code service}: {@code <service>/orgs/<org><path>}. */
    String org(String service, String path) {
        return service + "/orgs/" + org + path;
    }

    private static String url(StackConfig config, String name) {
        return config.services().stream()
                .filter(service -> service.name().equals(name))
                .map(ServiceSpec::url)
                .findFirst()
                .orElseThrow(() -> new DemoFailure("The stack has no " + name));
    }
}
