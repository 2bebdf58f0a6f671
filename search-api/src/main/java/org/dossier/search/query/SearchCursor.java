package org.dossier.search.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The opaque "next page" token: the point in time the pages are read from (null until the second
 * page), the sort values of the last hit shown, for search_after, and the total the first page
 * counted, so that later pages need not count again. Clients pass it back unchanged; its layout
 * may change between versions.
 */
public record SearchCursor(String pit, List<FieldValue> after, long total) {

    /** Far above what a cursor holds (a point in time's id and a few sort values). */
    public static final int MAX_LENGTH = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String encode() {
        ObjectNode node = JSON.createObjectNode();
        if (pit != null) {
            node.put("pit", pit);
        }
        node.put("total", total);
        ArrayNode values = node.putArray("after");
        after.forEach(value -> values.addPOJO(value._get()));
        try {
            return ENCODER.encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode a cursor", e);
        }
    }

    public static SearchCursor decode(String cursor) {
        try {
            JsonNode node = JSON.readTree(DECODER.decode(cursor.getBytes(StandardCharsets.US_ASCII)));
            if (node == null || !node.path("after").isArray()) {
                throw invalid();
            }
            List<FieldValue> after = new ArrayList<>();
            for (JsonNode value : node.path("after")) {
                after.add(fieldValue(value));
            }
            String pit = node.path("pit").isTextual() ? node.path("pit").asText() : null;
            return new SearchCursor(pit, after, node.path("total").asLong());
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
    }

    private static FieldValue fieldValue(JsonNode value) {
        if (value.isNull()) {
            return FieldValue.NULL;
        }
        if (value.isIntegralNumber()) {
            return FieldValue.of(value.asLong());
        }
        if (value.isNumber()) {
            return FieldValue.of(value.asDouble());
        }
        if (value.isBoolean()) {
            return FieldValue.of(value.asBoolean());
        }
        if (value.isTextual()) {
            return FieldValue.of(value.asText());
        }
        throw invalid();
    }

    public static BadSearchRequestException invalid() {
        return new BadSearchRequestException("cursor is not one this server issued; "
                + "pass the 'cursor' value of a previous page unchanged");
    }
}
