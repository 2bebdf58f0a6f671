package org.dossier.resolve.record;

import java.util.Map;

/**
 * One thing to resolve: a name with what is known about it (dates, places, other names), by
 * field.
 *
 * @param id its id
 * @param values its fields' values; a blank value is no value
 */
public record Record(String id, Map<String, String> values) {

    /** The field's value, or null when it has none. */
    public String value(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
