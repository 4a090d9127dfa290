package io.switchboard.rest.paging;

/**
 * SQL {@code LIKE} patterns of a search text, with the text's own wildcards ({@code %}, {@code _}) and the escape
 * character taken literally (PostgreSQL's default escape is the backslash).
 */
public final class LikePatterns {

    private LikePatterns() {}

    /** {@code %text%}: anything that contains {@code text}. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
