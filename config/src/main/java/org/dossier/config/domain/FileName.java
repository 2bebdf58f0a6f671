package org.dossier.config.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The name a reader knows a document's file by: the last part of its path or address, for a file
 * found inside another the inner one's; never the folders of the server it was read on.
 */
public final class FileName {

    private FileName() {
    }

    public static String of(String location) {
        if (location == null) {
            return null;
        }
        String path = location.replaceFirst("[?#].*$", "").replaceAll("[/\\\\!]+$", "");
        String name = path.substring(Math.max(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')),
                path.lastIndexOf('!')) + 1);
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name; // a % that starts no escape
        }
    }

    /** A document's title, else the name of its file. */
    public static String titleOr(String title, String location) {
        return title != null && !title.isBlank() ? title : of(location);
    }
}
