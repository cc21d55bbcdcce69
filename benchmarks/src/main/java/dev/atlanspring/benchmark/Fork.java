package dev.atlanspring.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one part of the benchmark in a fresh JVM on the benchmark's own class path, so that its heap, threads and
 * start-up are its own. The child reports with {@link #emit(Map)}: one line of JSON that the parent reads back; its
 * {@link #progress(String)} lines are passed through, indented. Anything else it prints (the client's WARN lines
 * about retries during the soak, say) is counted and kept, and its last lines are shown only if the child fails.
 */
final class Fork {

    private static final String RESULT_PREFIX = "BENCHMARK-RESULT ";

    private static final String PROGRESS_PREFIX = "BENCHMARK-PROGRESS ";

    private static final int KEPT_LINES = 40;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Fork() {
    }

    /**
     * Runs a main class in a new JVM and waits for its result.
     * @param classPath the class path of the child
     * @param jvmOptions options such as {@code -Xmx128m}
     * @param mainClass the class whose {@code main} runs
     * @param args its arguments
     * @param timeoutSeconds how long the child may take before it is stopped and the part fails
     * @param echo whether to pass the child's output through
     * @return what the child emitted
     */
    static Map<String, Object> run(String classPath, List<String> jvmOptions, Class<?> mainClass, List<String> args,
            long timeoutSeconds, boolean echo) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(System.getProperty("java.home")
                + File.separator + "bin" + File.separator + "java"));
        command.addAll(jvmOptions);
        command.add("-Dbenchmark.scale=" + System.getProperty("benchmark.scale", "1"));
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass.getName());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Map<String, Object> result = new LinkedHashMap<>();
            Deque<String> otherLines = new ArrayDeque<>();
            Thread reader = new Thread(() -> read(process, result, otherLines, echo), "fork-output");
            reader.setDaemon(true);
            reader.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass.getSimpleName() + " did not finish in " + timeoutSeconds
                        + " s");
            }
            reader.join(5_000);
            if (process.exitValue() != 0 || result.isEmpty()) {
                synchronized (otherLines) {
                    otherLines.forEach((line) -> System.out.println("    ! " + line));
                }
                throw new IllegalStateException(mainClass.getSimpleName() + " " + args + " failed with exit code "
                        + process.exitValue());
            }
            return result;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private static void read(Process process, Map<String, Object> result, Deque<String> otherLines,
            boolean echo) {
        long others = 0;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(RESULT_PREFIX)) {
                    synchronized (result) {
                        result.putAll(MAPPER.readValue(line.substring(RESULT_PREFIX.length()),
                                new TypeReference<Map<String, Object>>() { }));
                    }
                }
                else if (line.startsWith(PROGRESS_PREFIX)) {
                    if (echo) {
                        System.out.println("    | " + line.substring(PROGRESS_PREFIX.length()));
                    }
                }
                else {
                    others++;
                    synchronized (otherLines) {
                        otherLines.addLast(line);
                        if (otherLines.size() > KEPT_LINES) {
                            otherLines.removeFirst();
                        }
                    }
                }
            }
            if (echo && others > 0) {
                System.out.println("    | (" + others + " more lines of output, such as the client's log, not shown)");
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Tells the parent how a child is getting on; the parent shows it.
     * @param message one line
     */
    static void progress(String message) {
        System.out.println(PROGRESS_PREFIX + message);
    }

    /**
     * Reports a child's measurements to the parent; call it once, at the end of {@code main}.
     * @param result the measurements by key
     */
    static void emit(Map<String, ?> result) {
        System.out.println(RESULT_PREFIX + MAPPER.writeValueAsString(result));
        System.out.flush();
    }

}
