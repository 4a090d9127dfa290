package io.switchboard.deploy;

import io.switchboard.events.Topics;
import io.switchboard.kafka.DeadLetterReplay;
import io.switchboard.kafka.DeadLetterReplay.DeadLetter;
import java.util.List;
import java.util.Map;

/**
 * {@code ./switchboard dlq ...}: the dead letters of a topic, and putting them back once their cause is fixed.
 *
 * <ul>
 *   <li>{@code dlq list <topic>}: every record of {@code <topic>.dlq} with its id, type, origin and reason;
 *   <li>{@code dlq replay <topic> [--from-beginning true]}: puts the dead letters not replayed before back on
 *       {@code <topic>}; consumers skip what they already applied, so replaying twice changes nothing.
 * </ul>
 *
 * {@code --bootstrap-servers host:port} points it at another cluster than the local stack's (in Kubernetes, the
 * same jar runs as a one-off pod: see docs/runbooks/dead-letters.md).
 */
final class DeadLetterCommand {

    private DeadLetterCommand() {}

    static String run(StackConfig config, List<String> arguments) {
        if (arguments.size() < 2) {
            throw new IllegalArgumentException("usage: switchboard dlq list|replay <topic> [--from-beginning true]"
                    + " [--bootstrap-servers host:port]");
        }
        String action = arguments.get(0);
        String topic = arguments.get(1);
        if (Topics.primary().stream().noneMatch(spec -> spec.name().equals(topic))) {
            throw new IllegalArgumentException(
                    "Not a topic of the contract: " + topic + " (name the source topic, not" + " its .dlq)");
        }
        Map<String, String> options = Options.parse(arguments.subList(2, arguments.size()));
        DeadLetterReplay replay =
                new DeadLetterReplay(options.getOrDefault("bootstrap-servers", "127.0.0.1:" + config.kafkaPort()));
        return switch (action) {
            case "list" -> list(topic, replay.list(topic));
            case "replay" -> {
                int replayed =
                        replay.replay(topic, Boolean.parseBoolean(options.getOrDefault("from-beginning", "false")));
                yield replayed == 0
                        ? "Nothing to replay on " + Topics.dlq(topic) + "."
                        : "Replayed " + replayed + " dead letter(s) of " + Topics.dlq(topic) + " to " + topic + ".";
            }
            default -> throw new IllegalArgumentException("usage: switchboard dlq list|replay <topic>");
        };
    }

    private static String list(String topic, List<DeadLetter> letters) {
        StringBuilder out = new StringBuilder();
        out.append(letters.size())
                .append(" dead letter(s) on ")
                .append(Topics.dlq(topic))
                .append('\n');
        for (DeadLetter letter : letters) {
            out.append(String.format(
                    "%d@%d  key=%s  ce_id=%s  type=%s  from=%s%n    reason: %s%n",
                    letter.partition(),
                    letter.offset(),
                    letter.key(),
                    letter.id(),
                    letter.type(),
                    letter.origin(),
                    letter.reason()));
        }
        return out.toString().stripTrailing();
    }
}
