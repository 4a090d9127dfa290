package io.switchboard.connection.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.mapping.ReEncrypted;
import io.switchboard.connection.service.ReEncryptionService;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Operator endpoint of a key rotation (role {@code service}): moves every stored secret to the active key. */
@Path("/internal/encryption/re-encrypt")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EncryptionResource {

    private final OrgGuard guard;
    private final ReEncryptionService reEncryption;

    public EncryptionResource(OrgGuard guard, ReEncryptionService reEncryption) {
        this.guard = guard;
        this.reEncryption = reEncryption;
    }

    @POST
    @Operation(summary = "Moves every stored secret to the active encryption key (role service)")
    public Uni<ReEncrypted> reEncrypt() {
        guard.service();
        return reEncryption.reEncryptAll().map(ReEncrypted::new);
    }
}
