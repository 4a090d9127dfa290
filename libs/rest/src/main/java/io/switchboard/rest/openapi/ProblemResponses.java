package io.switchboard.rest.openapi;

import io.switchboard.rest.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents every service's error answers the way {@code ProblemMappers} gives them: each 4xx and 5xx response is
 * {@code application/problem+json} with the {@value #SCHEMA} schema and an example. An operation that needs a JWT
 * answers 401 and 403 (and 404 when its path names a resource: another organisation's is not found too); one with
 * query parameters or a body answers 400. A resource declares only what is particular to it, for example
 * {@code @APIResponse(responseCode = "409", description = "... (reauth-required)")}, optionally ending with the problem
 * type's slug in parentheses; this filter adds the body and an example made of the description.
 *
 * <p>Registered for every service by {@code mp.openapi.filter} in this library's configuration defaults.
 */
public class ProblemResponses implements OASFilter {

    /** The name of the problem details schema under {@code components.schemas}. */
    public static final String SCHEMA = "Problem";

    private static final String EXAMPLE_ORG = "acme";
    private static final String EXAMPLE_ID = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** A declared description may end with the problem type it answers, for example {@code (reauth-required)}. */
    private static final Pattern NAMED_TYPE = Pattern.compile("\\(([a-z0-9]+(?:-[a-z0-9]+)*)\\)\\s*$");

    /** The errors every secured operation may answer, with what a caller reads in them. */
    private static final Map<String, Example> COMMON = Map.of(
            "400",
            new Example(
                    "bad-request",
                    "Bad request",
                    "A query parameter or the body is malformed; the detail says which.",
                    "This request needs a JSON body."),
            "401",
            new Example(
                    "unauthorized",
                    "Unauthorized",
                    "No valid bearer token: missing, malformed, expired or not signed by a trusted key.",
                    "This endpoint needs an 'Authorization: Bearer <JWT>' header."),
            "403",
            new Example(
                    "forbidden",
                    "Forbidden",
                    "The token's roles do not allow this (writes need owner, executive or admin; /internal needs"
                            + " service).",
                    "This action needs the owner, executive or admin role in acme."),
            "404",
            new Example(
                    "not-found",
                    "Not found",
                    "Not found, or another organisation's (the two are never told apart).",
                    "Organisation acme was not found."),
            "503",
            new Example(
                    "dependency-unavailable",
                    "Service unavailable",
                    "The service's database is unreachable; try again after the Retry-After header's seconds.",
                    "The database is unreachable right now; try again shortly."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(SCHEMA, schema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault =
                openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations()
                        .values()
                        .forEach(operation -> complete(path, operation, secured(operation, securedByDefault))));
    }

    /** The problem details schema: the fields of {@link Problem}. */
    static Schema schema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, sent as " + Problem.MEDIA_TYPE + ".")
                .addRequired("type")
                .addRequired("title")
                .addRequired("status")
                .addProperty(
                        "type",
                        text("A URI that names the kind of problem.", Problem.TYPE_PREFIX + "not-found")
                                .format("uri"))
                .addProperty("title", text("A short, stable summary of the kind of problem.", "Not found"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("The HTTP status code.")
                                .examples(List.of(404)))
                .addProperty(
                        "detail",
                        text("What went wrong with this request, safe to show.", "Organisation acme was not found."))
                .addProperty("instance", text("The request path.", "/orgs/acme/connections"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description(description)
                .examples(List.of(example));
    }

    private static boolean secured(Operation operation, boolean securedByDefault) {
        return operation.getSecurity() == null
                ? securedByDefault
                : !operation.getSecurity().isEmpty();
    }

    private static void complete(String path, Operation operation, boolean secured) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (secured) {
            common(responses, "401", true);
            common(responses, "403", true);
            common(responses, "404", path.contains("{"));
        }
        common(responses, "400", secured && (operation.getRequestBody() != null || hasQuery(operation)));
        common(responses, "503", secured && databaseBacked());
        Map<String, APIResponse> all =
                responses.getAPIResponses() == null ? Map.of() : new LinkedHashMap<>(responses.getAPIResponses());
        all.forEach((code, response) -> {
            if (isError(code)
                    && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(SCHEMA))
                                        .example(example(code, response, path, operation))));
            }
        });
    }

    /** Adds {@code code} with its common description when {@code applies}, or improves a bare generated one. */
    private static void common(APIResponses responses, String code, boolean applies) {
        APIResponse existing = responses.getAPIResponse(code);
        Example common = COMMON.get(code);
        if (existing == null) {
            if (applies) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(common.description()));
            }
        } else if (existing.getContent() == null && generic(existing.getDescription())) {
            // Quarkus adds 401 "Not Authorized" and 403 "Not Allowed" to every secured operation, 400 "Bad Request" to
            // some.
            existing.setDescription(common.description());
        }
    }

    private static boolean generic(String description) {
        return description == null
                || description.isBlank()
                || description.equals("Not Authorized")
                || description.equals("Not Allowed")
                || description.equals("Bad Request");
    }

    /** What a caller of this operation most likely gets wrong. */
    private static String badRequestDetail(Operation operation) {
        boolean paged = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.QUERY && "limit".equals(p.getName()));
        if (paged) {
            return "limit must be a whole number between 1 and 200.";
        }
        return operation.getRequestBody() != null
                ? "This request needs a JSON body."
                : "A query parameter is malformed; the detail says which.";
    }

    /** Whether the service has a database, which ProblemMappers answers 503 for while it is unreachable. */
    private static boolean databaseBacked() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.db-kind", String.class)
                .isPresent();
    }

    private static boolean hasQuery(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static Map<String, Object> example(String code, APIResponse response, String path, Operation operation) {
        int status = Integer.parseInt(code);
        Example known = COMMON.get(code);
        String description = response.getDescription();
        boolean declared = description != null
                && !generic(description)
                && (known == null || !description.equals(known.description()));
        String slug;
        String title;
        String detail;
        if (known != null) {
            slug = known.slug();
            title = known.title();
            detail = code.equals("400") ? badRequestDetail(operation) : known.detail();
        } else {
            Response.Status reason = Response.Status.fromStatusCode(status);
            String phrase = reason == null ? "HTTP " + status : reason.getReasonPhrase();
            title = phrase.charAt(0) + phrase.substring(1).toLowerCase(Locale.ROOT);
            slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            detail = title + ".";
        }
        if (declared) {
            Matcher named = NAMED_TYPE.matcher(description);
            if (named.find()) {
                slug = named.group(1);
                description = description.substring(0, named.start()).trim();
            }
            detail = description.endsWith(".") ? description : description + ".";
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_PREFIX + slug);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", instance(path));
        return example;
    }

    /** The path with example values: {@code {org}} is {@value #EXAMPLE_ORG}, an id a UUID. */
    private static String instance(String path) {
        Matcher parameter = PATH_PARAMETER.matcher(path.replace("{org}", EXAMPLE_ORG));
        StringBuilder instance = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = name.equals("id") || name.endsWith("Id") ? EXAMPLE_ID : name;
            parameter.appendReplacement(instance, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(instance);
        return instance.toString();
    }

    /** One kind of error: its problem type slug and title, what it means here, and an example detail. */
    private record Example(String slug, String title, String description, String detail) {}
}
