package org.dossier.search.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The opaque "next page" token: the sort values of the last hit of a page, for search_after.
 * Clients pass it back unchanged; its layout may change between versions.
 */
final class SearchCursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private SearchCursor() {
    }

    static String encode(List<FieldValue> sortValues) {
        List<Object> plain = sortValues.stream().map(FieldValue::_get).toList();
        try {
            return ENCODER.encodeToString(JSON.writeValueAsBytes(plain));
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a cursor", e);
        }
    }

    static List<FieldValue> decode(String cursor) {
        try {
            List<Object> plain = JSON.readValue(DECODER.decode(cursor.getBytes(StandardCharsets.US_ASCII)),
                    new TypeReference<>() { });
            return plain.stream().map(SearchCursor::fieldValue).toList();
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
    }

    private static FieldValue fieldValue(Object value) {
        if (value == null) {
            return FieldValue.NULL;
        }
        if (value instanceof Integer || value instanceof Long) {
            return FieldValue.of(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return FieldValue.of(number.doubleValue());
        }
        if (value instanceof Boolean bool) {
            return FieldValue.of(bool);
        }
        if (value instanceof String text) {
            return FieldValue.of(text);
        }
        throw invalid();
    }

    private static BadSearchRequestException invalid() {
        return new BadSearchRequestException("cursor is not one this server issued; "
                + "pass the 'cursor' value of a previous page unchanged");
    }
}
