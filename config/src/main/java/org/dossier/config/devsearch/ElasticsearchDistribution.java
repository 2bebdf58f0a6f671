package org.dossier.config.devsearch;

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
 * The Elasticsearch server the build fetched from Maven Central, and its installation (an
 * unpacked copy) under a directory of ours. Nothing is downloaded here: the zip is taken from
 * the local Maven repository, where the build put it, or from a path the operator gives.
 */
public final class ElasticsearchDistribution {

    private final Path source;
    private final String version;

    private ElasticsearchDistribution(Path source, String version) {
        this.source = source;
        this.version = version;
    }

    /** The distribution at {@code configured}, or the build's one when that is null. */
    public static ElasticsearchDistribution locate(Path configured) {
        Properties build = buildProperties();
        String version = build.getProperty("elasticsearch.version");
        if (configured != null) {
            if (!Files.exists(configured)) {
                throw new IllegalStateException("Elasticsearch distribution not found: " + configured
                        + " (dossier.elasticsearch.local.distribution)");
            }
            return new ElasticsearchDistribution(configured.toAbsolutePath(), version);
        }
        Path zip = mavenRepository()
                .resolve(build.getProperty("elasticsearch.groupId").replace('.', '/'))
                .resolve(build.getProperty("elasticsearch.artifactId"))
                .resolve(version)
                .resolve(build.getProperty("elasticsearch.artifactId") + "-" + version + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Elasticsearch " + version + " is not in the local Maven repository ("
                    + zip + "): build the project first (mvn install), or set dossier.elasticsearch.uris"
                    + " to use an existing cluster");
        }
        return new ElasticsearchDistribution(zip, version);
    }

    public String version() {
        return version;
    }

    /**
     * The server's home under {@code baseDir}, unpacked on first use. Unpacking goes to a
     * temporary folder first, so an interrupted run never leaves a half-installed home.
     */
    public Path install(Path baseDir) {
        if (Files.isDirectory(source)) {
            return source;
        }
        Path home = baseDir.resolve("elasticsearch-" + version);
        if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            return home;
        }
        try {
            Files.createDirectories(baseDir);
            Path staging = Files.createTempDirectory(baseDir, "unpack-");
            unzip(source, staging);
            Path unpacked;
            try (Stream<Path> top = Files.list(staging)) {
                unpacked = top.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Empty Elasticsearch distribution: " + source));
            }
            unpacked.resolve("bin/elasticsearch").toFile().setExecutable(true, false);
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
                    if (out.getParent().endsWith("bin") || out.toString().contains("/native/")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
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
        try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream("/dossier-build.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("dossier-build.properties is missing from the classpath", e);
        }
        return properties;
    }
}
