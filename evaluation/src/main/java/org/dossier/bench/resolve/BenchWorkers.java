package org.dossier.bench.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's resolve workers: processes of their own, started as {@code dossier worker resolve}
 * starts one (this process's java and jar, the worker's main class), on the benchmark's store,
 * indices and data directory (so its local Elasticsearch and broker), each running one range at a time.
 */
final class BenchWorkers {

    private BenchWorkers() {
    }

    static Process start(List<String> shared, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + System.getProperty("workerHeap", "1g"), "-cp", System.getProperty("java.class.path"),
                "-Dloader.main=org.dossier.resolve.worker.ResolveWorker",
                "org.springframework.boot.loader.launch.PropertiesLauncher", "--dossier.resolve.threads=1"));
        command.addAll(shared);
        System.out.println("bench resolve: starting a worker (log: " + log + ")");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void awaitListening(Process worker, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (Files.readAllLines(log).stream().noneMatch(line -> line.startsWith("worker job=resolve"))) {
            if (!worker.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("a worker did not start listening: see " + log);
            }
            Thread.sleep(200);
        }
    }

    static void stop(List<Process> workers) throws InterruptedException {
        for (Process worker : workers) {
            worker.destroy();
            if (!worker.waitFor(60, TimeUnit.SECONDS)) {
                worker.destroyForcibly();
            }
        }
    }
}
