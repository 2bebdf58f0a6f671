package org.dossier.resolve.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;

class MentionRangesTest {

    @Test
    void theDocumentsAreCutIntoRangesOfAboutAsManyThatCoverEveryIdOnce() {
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g");

        Map<String, ExecutionContext> ranges = MentionRanges.ranges(ids, 3);

        // (none, b], (b, d], (d, none): a document indexed after the cut falls in the range of its id
        assertThat(ranges.keySet()).containsExactly("partition0", "partition1", "partition2");
        assertThat(bounds(ranges)).containsExactly(List.of("-", "b"), List.of("b", "d"), List.of("d", "-"));
    }

    @Test
    void fewerDocumentsThanPartitionsMakeOneRangeEachAndNoneMakeOneOpenRange() {
        assertThat(bounds(MentionRanges.ranges(List.of("a", "b"), 4))).containsExactly(List.of("-", "a"), List.of("a", "-"));
        assertThat(bounds(MentionRanges.ranges(List.of(), 4))).containsExactly(List.of("-", "-"));
    }

    private static List<List<String>> bounds(Map<String, ExecutionContext> ranges) {
        List<List<String>> bounds = new ArrayList<>();
        ranges.values().forEach(range -> bounds.add(List.of(
                range.containsKey(MentionRanges.AFTER) ? range.getString(MentionRanges.AFTER) : "-",
                range.containsKey(MentionRanges.UP_TO) ? range.getString(MentionRanges.UP_TO) : "-")));
        return bounds;
    }
}
