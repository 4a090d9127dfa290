package io.switchboard.security.dev;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.switchboard.security.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, standards-conformant OpenID Connect provider for the local stack and the tests, standing in for the
 * organisation's identity provider (Keycloak, Okta, Entra ID): discovery at
 * {@code /.well-known/openid-configuration}, the signing key at {@code /jwks}, and {@code /token} with the
 * {@code client_credentials} grant (client secret as HTTP Basic or in the form), which issues RS256 tokens with role
 * {@code service} for Switchboard's audience. The issuer is the provider's own URL. JDK classes only.
 */
public final class DevIdentityProvider implements AutoCloseable {

    private final HttpServer server;
    private final DevTokens tokens;
    private final KeyPair keys;
    private final Map<String, String> clients;
    private final Duration lifetime;
    private final String issuer;
    private final AtomicInteger issued = new AtomicInteger();

    private DevIdentityProvider(
            HttpServer server, KeyPair keys, Map<String, String> clients, Duration lifetime, String issuer) {
        this.server = server;
        this.keys = keys;
        this.clients = Map.copyOf(clients);
        this.lifetime = lifetime;
        this.issuer = issuer;
        this.tokens = new DevTokens(keys, issuer);
    }

    /**
     * Starts a provider on 127.0.0.1:{@code port} (0 for a free one) that signs with {@code keys} and knows
     * {@code clients} (client id to secret); its tokens live for {@code lifetime}.
     */
    public static DevIdentityProvider start(KeyPair keys, int port, Map<String, String> clients, Duration lifetime) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            DevIdentityProvider provider = new DevIdentityProvider(server, keys, clients, lifetime, issuer);
            server.createContext("/.well-known/openid-configuration", provider::discovery);
            server.createContext("/jwks", provider::jwks);
            server.createContext("/token", provider::token);
            server.setExecutor(Executors.newFixedThreadPool(2, runnable -> {
                Thread thread = new Thread(runnable, "dev-identity-provider");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the development identity provider on port " + port, e);
        }
    }

    /** The issuer ({@code iss}) of its tokens: its own base URL. */
    public String issuer() {
        return issuer;
    }

    /** Where its signing keys are published. */
    public String jwksUri() {
        return issuer + "/jwks";
    }

    /** How many tokens its token endpoint has issued. */
    public int tokensIssued() {
        return issued.get();
    }

    /** Tokens signed like this provider's (for users, whom a real provider would authenticate interactively). */
    public DevTokens tokens() {
        return tokens;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String document = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + jwksUri() + "\",\"token_endpoint\":\""
                + issuer + "/token\",\"grant_types_supported\":[\"client_credentials\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\",\"client_secret_post\"],"
                + "\"response_types_supported\":[\"token\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        answer(exchange, 200, document);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        answer(exchange, 200, Jwks.document(keys.getPublic()));
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, error("invalid_request", "use POST"));
            return;
        }
        Map<String, String> form;
        try {
            form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            answer(exchange, 400, error("invalid_request", "the body is not form-encoded"));
            return;
        }
        String[] client = client(exchange, form);
        if (client == null || !known(client[0], client[1])) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"switchboard\"");
            answer(exchange, 401, error("invalid_client", "unknown client or wrong secret"));
            return;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            answer(exchange, 400, error("unsupported_grant_type", "only client_credentials is supported"));
            return;
        }
        String token = tokens.mint(client[0], null, List.of(Roles.SERVICE), List.of(), lifetime);
        issued.incrementAndGet();
        answer(
                exchange,
                200,
                "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + lifetime.toSeconds()
                        + "}");
    }

    /** Client id and secret from HTTP Basic, or else from the form; null when neither is given. */
    private static String[] client(HttpExchange exchange, Map<String, String> form) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String pair = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0
                    ? null
                    : new String[] {decode(pair.substring(0, colon)), decode(pair.substring(colon + 1))};
        }
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        return id == null || secret == null ? null : new String[] {id, secret};
    }

    private boolean known(String id, String secret) {
        String expected = clients.get(id);
        return expected != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return form;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String error(String code, String description) {
        return "{\"error\":\"" + code + "\",\"error_description\":\"" + description + "\"}";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
