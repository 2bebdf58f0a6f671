package org.dossier.config.local;

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
 * A server the build fetched from Maven Central as a zip (Elasticsearch, the Artemis broker), and
 * its installation (an unpacked copy) under a directory of ours. Nothing is downloaded here: the
 * zip is taken from the local Maven repository, where the build put it, or from a path the
 * operator gives (an installed archive passes its own copy).
 */
public final class ServerDistribution {

    /**
     * What tells one server's distribution from another's.
     *
     * @param name the server, for messages
     * @param buildKey the prefix of its coordinates in {@code dossier-build.properties}
     * @param classifier what follows the version in the zip's name ("-bin"), or ""
     * @param homePrefix the unpacked home's name before the version
     * @param marker a file every complete home has
     * @param setting the property that names a distribution of the operator's
     * @param otherwise what an operator can do instead of building
     */
    public record Kind(String name, String buildKey, String classifier, String homePrefix, String marker,
                       String setting, String otherwise) {
    }

    public static final Kind ELASTICSEARCH = new Kind("Elasticsearch", "elasticsearch", "", "elasticsearch-",
            "bin/elasticsearch", "dossier.elasticsearch.local.distribution",
            "set dossier.elasticsearch.uris to use an existing cluster");
    public static final Kind ARTEMIS = new Kind("Artemis", "broker", "-bin", "apache-artemis-", "lib/artemis-boot.jar",
            "dossier.broker.local.distribution", "set dossier.broker.url to use a running broker");

    private final Kind kind;
    private final Path source;
    private final String version;

    private ServerDistribution(Kind kind, Path source, String version) {
        this.kind = kind;
        this.source = source;
        this.version = version;
    }

    /** The distribution at {@code configured}, or the build's one when that is null. */
    public static ServerDistribution locate(Kind kind, Path configured) {
        Properties build = buildProperties();
        String version = build.getProperty(kind.buildKey() + ".version");
        if (configured != null) {
            if (!Files.exists(configured)) {
                throw new IllegalStateException(kind.name() + " distribution not found: " + configured
                        + " (" + kind.setting() + ")");
            }
            return new ServerDistribution(kind, configured.toAbsolutePath(), version);
        }
        String artifact = build.getProperty(kind.buildKey() + ".artifactId");
        Path zip = mavenRepository().resolve(build.getProperty(kind.buildKey() + ".groupId").replace('.', '/'))
                .resolve(artifact).resolve(version).resolve(artifact + "-" + version + kind.classifier() + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(kind.name() + " " + version + " is not in the local Maven repository ("
                    + zip + "): build the project first, or " + kind.otherwise());
        }
        return new ServerDistribution(kind, zip, version);
    }

    public String version() {
        return version;
    }

    /**
     * The server's home under {@code baseDir}, unpacked on first use; unpacked into a temporary
     * folder first, so an interrupted run never leaves a half-installed home.
     */
    public Path install(Path baseDir) {
        if (Files.isDirectory(source)) {
            return source;
        }
        Path home = baseDir.resolve(kind.homePrefix() + version);
        if (Files.isRegularFile(home.resolve(kind.marker()))) {
            return home;
        }
        try {
            Files.createDirectories(baseDir);
            Path staging = Files.createTempDirectory(baseDir, "unpack-");
            unzip(source, staging);
            Path unpacked;
            try (Stream<Path> top = Files.list(staging)) {
                unpacked = top.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Empty " + kind.name() + " distribution: " + source));
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
                    // A zip keeps no modes: the scripts under bin/ and native programs must run.
                    if (out.getParent().endsWith("bin") || out.toString().contains("/native/")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    /** Deletes a folder and all under it; nothing when it is not there. */
    public static void deleteTree(Path dir) throws IOException {
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
        try (InputStream in = ServerDistribution.class.getResourceAsStream("/dossier-build.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("dossier-build.properties is missing from the classpath", e);
        }
        return properties;
    }
}
