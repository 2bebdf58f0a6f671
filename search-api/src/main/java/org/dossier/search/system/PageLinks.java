package org.dossier.search.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links from the page being shown to the same page with one parameter changed, for facets,
 * filter chips, sorting and paging. Any change starts again from the first page.
 */
public final class PageLinks {

    private static final List<String> REPEATABLE = List.of("entity");

    private final String path;
    private final MultiValueMap<String, String> params;

    public PageLinks(HttpServletRequest request) {
        this.path = request.getRequestURI();
        this.params = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                if (value != null && !value.isBlank() && !name.equals("cursor")) {
                    params.add(name, value);
                }
            }
        });
    }

    /** This page with {@code name} set to {@code value} (added, for a parameter that repeats). */
    public String with(String name, String value) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(params);
        changed.replaceAll((k, v) -> new java.util.ArrayList<>(v));
        if (REPEATABLE.contains(name)) {
            if (!changed.getOrDefault(name, List.of()).contains(value)) {
                changed.add(name, value);
            }
        } else {
            changed.put(name, new java.util.ArrayList<>(List.of(value)));
        }
        return build(changed, null);
    }

    /** This page without {@code name}'s value {@code value}, or without {@code name} at all when value is null. */
    public String without(String name, String value) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>();
        params.forEach((k, values) -> values.stream()
                .filter(v -> !(k.equals(name) && (value == null || v.equals(value))))
                .forEach(v -> changed.add(k, v)));
        return build(changed, null);
    }

    public String next(String cursor) {
        return build(params, cursor);
    }

    public boolean has(String name, String value) {
        return params.getOrDefault(name, List.of()).contains(value);
    }

    public String get(String name) {
        return params.getFirst(name);
    }

    private String build(MultiValueMap<String, String> query, String cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParams(query);
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        return uri.encode().build().toUriString();
    }
}
