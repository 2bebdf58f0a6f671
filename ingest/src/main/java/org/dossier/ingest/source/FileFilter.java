package org.dossier.ingest.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which files under a folder a run takes: those matching one of the include globs (all when
 * there are none) and none of the exclude globs. A glob is matched against the path relative
 * to the folder and against the file's name, so {@code *.pdf} and {@code reports/**} both do
 * what they say. Hidden files and folders (a name starting with a dot) are never taken.
 */
public final class FileFilter {

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    public FileFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(FileFilter::glob).toList();
        this.exclude = exclude.stream().map(FileFilter::glob).toList();
    }

    public static FileFilter all() {
        return new FileFilter(List.of(), List.of());
    }

    /** {@code relative}: the file's path relative to the folder. */
    public boolean accepts(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        return (include.isEmpty() || matches(include, relative)) && !matches(exclude, relative);
    }

    private static boolean matches(List<PathMatcher> globs, Path relative) {
        return globs.stream().anyMatch(g -> g.matches(relative) || g.matches(relative.getFileName()));
    }

    private static PathMatcher glob(String pattern) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a glob: " + pattern + " (" + e.getMessage() + ")", e);
        }
    }
}
