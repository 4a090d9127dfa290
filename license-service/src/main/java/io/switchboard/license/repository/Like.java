package io.switchboard.license.repository;

/** A text searched for with SQL's {@code like}: its wildcards and the escape character taken literally. */
final class Like {

    private Like() {}

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
