package org.dossier.config.elastic;

/**
 * The indices Dossier keeps. Each is reached through an alias ({@code <prefix>-documents})
 * that points at a versioned index ({@code <prefix>-documents-v1}); the schema of version N
 * lives in {@code elastic/<name>-vN.json}. A schema change is a new version filled by
 * re-running the jobs, then an alias swap.
 */
public enum DossierIndex {
    DOCUMENTS("documents", 5),
    MENTIONS("mentions", 2),
    ENTITIES("entities", 1);

    private final String name;
    private final int version;

    DossierIndex(String name, int version) {
        this.name = name;
        this.version = version;
    }

    public String alias(String prefix) {
        return prefix + "-" + name;
    }

    public String versionedName(String prefix) {
        return alias(prefix) + "-v" + version;
    }

    /** The schema on the classpath. */
    public String schemaResource() {
        return "elastic/" + name + "-v" + version + ".json";
    }
}
