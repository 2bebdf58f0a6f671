package org.dossier.config.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Artemis broker the build fetched from Maven Central ({@code apache-artemis:bin:zip}), and its
 * installation (an unpacked copy) under a directory of ours. Nothing is downloaded here: the zip
 * comes from the local Maven repository, where the build put it, or from a path the operator gives
 * (an installed archive passes its own copy).
 */
final class BrokerDistribution {

    private final Path source;
    private final String version;

    private BrokerDistribution(Path source, String version) {
        this.source = source;
        this.version = version;
    }

    /** The distribution at {@code configured}, or the build's one when that is null. */
    static BrokerDistribution locate(Path configured) {
        Properties build = buildProperties();
        String version = build.getProperty("broker.version");
        if (configured != null) {
            if (!Files.exists(configured)) {
                throw new IllegalStateException("Artemis distribution not found: " + configured
                        + " (dossier.broker.local.distribution)");
            }
            return new BrokerDistribution(configured.toAbsolutePath(), version);
        }
        String artifact = build.getProperty("broker.artifactId");
        Path zip = mavenRepository().resolve(build.getProperty("broker.groupId").replace('.', '/'))
                .resolve(artifact).resolve(version).resolve(artifact + "-" + version + "-bin.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Artemis " + version + " is not in the local Maven repository (" + zip
                    + "): build the project first, or set dossier.broker.url to use a running broker");
        }
        return new BrokerDistribution(zip, version);
    }

    String version() {
        return version;
    }

    /**
     * The broker's home under {@code baseDir}, unpacked on first use; unpacked into a temporary
     * folder first, so an interrupted run never leaves a half-installed home.
     */
    Path install(Path baseDir) {
        if (Files.isDirectory(source)) {
            return source;
        }
        Path home = baseDir.resolve("apache-artemis-" + version);
        if (Files.isRegularFile(home.resolve("lib/artemis-boot.jar"))) {
            return home;
        }
        try {
            Files.createDirectories(baseDir);
            Path staging = Files.createTempDirectory(baseDir, "unpack-");
            unzip(source, staging);
            Path unpacked;
            try (Stream<Path> top = Files.list(staging)) {
                unpacked = top.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Empty Artemis distribution: " + source));
            }
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + source + " into " + baseDir, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out);
                    // A zip keeps no modes: the scripts under bin/ must run (the instance's are made by `create`).
                    if (out.getParent().endsWith("bin")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path mavenRepository() {
        String local = System.getProperty("maven.repo.local");
        if (local == null || local.isBlank()) {
            local = System.getenv("DOSSIER_MAVEN_REPOSITORY");
        }
        return local == null || local.isBlank()
                ? Path.of(System.getProperty("user.home"), ".m2", "repository")
                : Path.of(local);
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = BrokerDistribution.class.getResourceAsStream("/dossier-build.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("dossier-build.properties is missing from the classpath", e);
        }
        return properties;
    }
}
