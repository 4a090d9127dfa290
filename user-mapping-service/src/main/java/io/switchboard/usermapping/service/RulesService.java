package io.switchboard.usermapping.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.switchboard.usermapping.repository.ProfileKeyRepository;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The organisation's email matching rules, exact addresses when it set none. */
@ApplicationScoped
public class RulesService {

    private static final TypeReference<Map<String, String>> ALIASES = new TypeReference<>() {};

    private final ProfileKeyRepository repository;
    private final ObjectMapper json;

    public RulesService(ProfileKeyRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    public Uni<EmailKeys.Rules> rules(SqlClient sql, String orgId) {
        return repository.rules(sql, orgId).map(row -> {
            if (row == null) {
                return EmailKeys.Rules.NONE;
            }
            try {
                return new EmailKeys.Rules(row.plusAddressing(), json.readValue(row.domainAliases(), ALIASES));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored domain aliases of " + orgId + " are not a JSON object", e);
            }
        });
    }
}
