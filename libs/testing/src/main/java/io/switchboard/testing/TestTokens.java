package io.switchboard.testing;

import io.switchboard.security.Roles;
import io.switchboard.security.dev.DevKeys;
import io.switchboard.security.dev.DevTokens;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Real RS256-signed tokens for tests, signed with the key that {@link JwtResource} makes the services trust. */
public final class TestTokens {

    private TestTokens() {}

    /** A token of {@code subject} in {@code org} with {@code groups}. */
    public static String token(String subject, String org, String... groups) {
        return issuer().mint(subject, org, List.of(groups), Set.of(), Duration.ofMinutes(30));
    }

    /** A token of an admin of {@code org}. */
    public static String admin(String org) {
        return token("admin@" + org, org, Roles.ADMIN);
    }

    /** A token of a plain member of {@code org}. */
    public static String member(String org) {
        return token("member@" + org, org, Roles.MEMBER);
    }

    /** A token of a multi-org admin whose own org is {@code home} and who administers {@code orgs}. */
    public static String multiOrgAdmin(String home, String... orgs) {
        return issuer().mint(
                        "multi@" + home, home, List.of(Roles.MULTI_ORG_ADMIN), List.of(orgs), Duration.ofMinutes(30));
    }

    /** A token of a Switchboard service. */
    public static String service(String name) {
        return issuer().mint(name, null, List.of(Roles.SERVICE), Set.of(), Duration.ofMinutes(30));
    }

    /** A token that expired five minutes ago, beyond the verifier's grace period. */
    public static String expired(String org) {
        return issuer().mint("late@" + org, org, List.of(Roles.ADMIN), Set.of(), Duration.ofMinutes(-5));
    }

    /** A well-formed token signed by a key nobody trusts. */
    public static String forged(String org) {
        KeyPair stranger = DevKeys.generate();
        return new DevTokens(stranger, SharedInfrastructure.identityIssuer())
                .mint("mallory", org, List.of(Roles.ADMIN), Set.of(), Duration.ofMinutes(30));
    }

    /** A properly signed token of the right issuer, but for another audience than Switchboard's. */
    public static String forAnotherAudience(String org) {
        KeyPair keys = DevKeys.loadOrCreate(SharedInfrastructure.keyFolder());
        return new DevTokens(keys, SharedInfrastructure.identityIssuer(), "another-api")
                .mint("admin@" + org, org, List.of(Roles.ADMIN), Set.of(), Duration.ofMinutes(30));
    }

    /** A properly signed token for Switchboard's audience, but of another issuer. */
    public static String ofAnotherIssuer(String org) {
        KeyPair keys = DevKeys.loadOrCreate(SharedInfrastructure.keyFolder());
        return new DevTokens(keys, "https://idp.example.com")
                .mint("admin@" + org, org, List.of(Roles.ADMIN), Set.of(), Duration.ofMinutes(30));
    }

    private static DevTokens issuer() {
        KeyPair keys = DevKeys.loadOrCreate(SharedInfrastructure.keyFolder());
        return new DevTokens(keys, SharedInfrastructure.identityIssuer());
    }
}
