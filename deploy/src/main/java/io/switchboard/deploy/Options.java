package io.switchboard.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} command-line options. */
final class Options {

    private Options() {}

    /** The options by name (without the dashes); every option needs a value. */
    static Map<String, String> parse(List<String> arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            String name = arguments.get(i);
            if (!name.startsWith("--") || i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("Expected --name value, got '" + name + "'");
            }
            options.put(name.substring(2), arguments.get(i + 1));
        }
        return options;
    }
}
