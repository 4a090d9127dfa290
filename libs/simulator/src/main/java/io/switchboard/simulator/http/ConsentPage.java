package io.switchboard.simulator.http;

import java.util.Map;

/** The consent page shown by {@code /oauth/authorize} when the simulator is set to ask, as Zoom asks a user. */
final class ConsentPage {

    private ConsentPage() {}

    static String render(Map<String, String> fields, String accountId, String scopes) {
        StringBuilder hidden = new StringBuilder();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() != null) {
                hidden.append("<input type=\"hidden\" name=\"")
                        .append(escape(field.getKey()))
                        .append("\" value=\"")
                        .append(escape(field.getValue()))
                        .append("\">\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Allow access - Zoom simulator</title></head>
                <body>
                <h1>Allow this app to access your Zoom account?</h1>
                <p>Account: <code>%s</code></p>
                <p>Scopes: <code>%s</code></p>
                <form method="post" action="/oauth/authorize">
                %s<button type="submit" name="decision" value="approve">Allow</button>
                <button type="submit" name="decision" value="deny">Decline</button>
                </form>
                </body>
                </html>
                """.formatted(escape(accountId), escape(scopes), hidden);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
