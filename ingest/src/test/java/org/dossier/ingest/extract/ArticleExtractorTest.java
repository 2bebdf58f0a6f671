package org.dossier.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void keepsTheStoryAndDropsMenusBannersShareButtonsRelatedLinksSidebarCommentsAndFooter() throws IOException {
        String text = extractor.extract(page("harbour"));

        assertThat(text).isEqualTo(gold("harbour"));
        assertThat(text).doesNotContain("cookies", "Business", "Share on", "Timber smuggling", "morning briefing",
                "Most read", "About time", "All rights reserved", "Mara Lindqvist");
    }

    @Test
    void readsTextWrittenStraightIntoASectionAndKeepsAWrapperNamedLikeASidebar() throws IOException {
        String text = extractor.extract(page("bare-section"));

        assertThat(text).isEqualTo(gold("bare-section"));
    }

    @Test
    void aPageWithoutProseGivesNoText() {
        Document page = Jsoup.parse("<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>");

        assertThat(extractor.extract(page)).isEmpty();
    }

    private static Document page(String id) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/articles/html/" + id + ".html")) {
            return Jsoup.parse(in, null, "https://example.org/");
        }
    }

    private static String gold(String id) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(ArticleExtractorTest.class.getResource("/articles/ground-truth.json"));
        return gold.path(id).path("articleBody").asText();
    }

}
