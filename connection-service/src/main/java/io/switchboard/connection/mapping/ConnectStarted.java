package io.switchboard.connection.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A started OAuth connection: send the admin's browser to {@code authorizeUrl}. */
public record ConnectStarted(
        @Schema(examples = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00")
        UUID connectionId,

        @Schema(
                examples = "https://zoom.us/oauth/authorize?response_type=code&client_id=abc123"
                        + "&redirect_uri=https%3A%2F%2Fswitchboard.example%2Foauth%2Fzoom%2Fcallback"
                        + "&state=Vd3kq0&code_challenge=E9Melhoa2Owv&code_challenge_method=S256")
        String authorizeUrl) {}
