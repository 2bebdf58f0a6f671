package org.dossier.config.domain;

import java.net.URI;
import java.util.Locale;

/**
 * Where a document comes from, in a word researchers can filter by: its publisher when it names
 * one, else the host of its address ("apnews.com"), else the folder it was read from, since
 * operators file documents by where they got them.
 */
public final class Site {

    private Site() {
    }

    public static String of(String source, String canonicalUrl, String publisher) {
        if (publisher != null && !publisher.isBlank()) {
            return publisher.strip();
        }
        String host = host(canonicalUrl);
        if (host == null) {
            host = host(source);
        }
        return host != null ? host : folder(source);
    }

    private static String host(String address) {
        if (address == null || !(address.startsWith("http://") || address.startsWith("https://"))) {
            return null;
        }
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The folder of a file, or of the file a member came in ({@code dir/a.zip!/b.txt} is "dir"). */
    private static String folder(String source) {
        if (source == null) {
            return null;
        }
        String outer = source.contains("!/") ? source.substring(0, source.indexOf("!/")) : source;
        outer = outer.replace('\\', '/');
        int slash = outer.lastIndexOf('/');
        if (slash <= 0) {
            return null;
        }
        String parent = outer.substring(0, slash);
        String name = parent.substring(parent.lastIndexOf('/') + 1);
        return name.isEmpty() ? null : name;
    }
}
