package io.switchboard.deploy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JVM that a service's container runs, worked out from the Deployment the way the image does it. The services'
 * images are built on the UBI OpenJDK runtime image, whose {@code run-java.sh} starts {@code java} with
 * {@code JAVA_OPTS} when it is set and otherwise with its own defaults followed by {@code JAVA_OPTS_APPEND}: the heap
 * as {@code -XX:MaxRAMPercentage=$JAVA_MAX_MEM_RATIO} (80), the collector of {@code GC_CONTAINER_OPTIONS}
 * ({@code -XX:+UseParallelGC}), the heap free ratios of {@code GC_MIN_HEAP_FREE_RATIO} and
 * {@code GC_MAX_HEAP_FREE_RATIO} (10 and 20), {@code GC_TIME_RATIO} (4), {@code GC_ADAPTIVE_SIZE_POLICY_WEIGHT} (90),
 * {@code GC_METASPACE_SIZE}/{@code GC_MAX_METASPACE_SIZE} when set, and {@code -XX:+ExitOnOutOfMemoryError}. In the
 * container the JVM reads its memory and CPU limits from the cgroup; outside one, {@link #options()} gives the same
 * limits as {@code -XX:MaxRAM} and {@code -XX:ActiveProcessorCount}, so that a process on a workstation sizes its
 * heap, collector threads and thread pools as the pod does.
 *
 * @param options the JVM's command-line options, in run-java.sh's order, then the container's limits
 * @param environment the container's variables that the JVM process itself reads (glibc's {@code MALLOC_*},
 *     {@code JAVA_TOOL_OPTIONS})
 */
public record ContainerJvm(List<String> options, Map<String, String> environment) {

    public ContainerJvm {
        options = List.copyOf(options);
        environment = Map.copyOf(environment);
    }

    /**
     * The JVM of a container with environment {@code env} (literal values only), a memory limit of
     * {@code memoryLimitBytes} and {@code cpus} processors.
     */
    public static ContainerJvm of(Map<String, String> env, long memoryLimitBytes, int cpus) {
        List<String> options = new ArrayList<>(imageOptions(env));
        options.add("-XX:MaxRAM=" + memoryLimitBytes);
        options.add("-XX:ActiveProcessorCount=" + cpus);
        Map<String, String> environment = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith("MALLOC_") || name.equals("JAVA_TOOL_OPTIONS")) {
                environment.put(name, value);
            }
        });
        return new ContainerJvm(options, environment);
    }

    /** What run-java.sh passes to {@code java} for environment {@code env}, before the application's arguments. */
    public static List<String> imageOptions(Map<String, String> env) {
        String javaOpts = env.get("JAVA_OPTS");
        if (javaOpts != null) {
            return split(javaOpts);
        }
        List<String> options = new ArrayList<>();
        String ratio = env.getOrDefault("JAVA_MAX_MEM_RATIO", "80.0");
        if (!ratio.equals("0")) {
            options.add("-XX:MaxRAMPercentage=" + ratio);
        }
        options.addAll(split(env.getOrDefault("GC_CONTAINER_OPTIONS", "-XX:+UseParallelGC")));
        options.add("-XX:MinHeapFreeRatio=" + env.getOrDefault("GC_MIN_HEAP_FREE_RATIO", "10"));
        options.add("-XX:MaxHeapFreeRatio=" + env.getOrDefault("GC_MAX_HEAP_FREE_RATIO", "20"));
        options.add("-XX:GCTimeRatio=" + env.getOrDefault("GC_TIME_RATIO", "4"));
        options.add("-XX:AdaptiveSizePolicyWeight=" + env.getOrDefault("GC_ADAPTIVE_SIZE_POLICY_WEIGHT", "90"));
        if (env.containsKey("GC_MAX_METASPACE_SIZE")) {
            options.add("-XX:MaxMetaspaceSize=" + env.get("GC_MAX_METASPACE_SIZE") + "m");
        }
        if (env.containsKey("GC_METASPACE_SIZE")) {
            options.add("-XX:MetaspaceSize=" + env.get("GC_METASPACE_SIZE") + "m");
        }
        options.add("-XX:+ExitOnOutOfMemoryError");
        options.addAll(split(env.getOrDefault("JAVA_OPTS_APPEND", "")));
        return options;
    }

    /** The last value of option {@code -XX:<name>=} in {@code options} (the JVM takes the last), or null. */
    public static String option(List<String> options, String name) {
        String prefix = "-XX:" + name + "=";
        String value = null;
        for (String option : options) {
            if (option.startsWith(prefix)) {
                value = option.substring(prefix.length());
            }
        }
        return value;
    }

    /** A Kubernetes memory quantity ({@code 512Mi}, {@code 1Gi}, {@code 500M}, {@code 1073741824}) in bytes. */
    public static long memoryBytes(String quantity) {
        String text = quantity.trim();
        String[][] units = {
            {"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
            {"k", "1000"}, {"M", "1000000"}, {"G", "1000000000"}, {"T", "1000000000000"}
        };
        for (String[] unit : units) {
            if (text.endsWith(unit[0])) {
                return new BigDecimal(text.substring(0, text.length() - unit[0].length()))
                        .multiply(new BigDecimal(unit[1]))
                        .longValueExact();
            }
        }
        return new BigDecimal(text).longValueExact();
    }

    /** A Kubernetes CPU quantity ({@code 1}, {@code 2}, {@code 500m}) as whole processors, at least one. */
    public static int processors(String quantity) {
        String text = quantity.trim().toLowerCase(Locale.ROOT);
        double cpus = text.endsWith("m")
                ? Double.parseDouble(text.substring(0, text.length() - 1)) / 1000
                : Double.parseDouble(text);
        return Math.max(1, (int) Math.ceil(cpus));
    }

    private static List<String> split(String options) {
        String trimmed = options.trim();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }
}
