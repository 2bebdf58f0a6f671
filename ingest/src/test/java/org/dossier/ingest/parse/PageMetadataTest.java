package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.dossier.config.domain.DocumentMetadata;

class PageMetadataTest {

    @Test
    void jsonLdNewsArticleGivesHeadlineAuthorsDatePublisherAndKind() {
        Document page = Jsoup.parse("""
                <html><head><title>Raid on port | Site</title>
                <link rel="canonical" href="https://news.example/world/raid-on-port">
                <script type="application/ld+json">{ not json</script>
                <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Example News"},
                  {"@type": ["NewsArticle"], "headline": "Police raid port over timber fraud",
                   "datePublished": "2023-03-27T08:00:00+01:00",
                   "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "By Tom Okafor"},
                              {"@type": "Person", "url": "https://news.example/staff/x"}],
                   "publisher": {"@type": "Organization", "name": "Example News Group"}}]}</script>
                </head><body><p>Text.</p></body></html>""", "https://news.example/world/raid-on-port?utm=x");

        DocumentMetadata metadata = PageMetadata.of(page, "https://news.example/world/raid-on-port?utm=x");

        assertThat(metadata.title()).isEqualTo("Police raid port over timber fraud");
        assertThat(metadata.authors()).containsExactly("Ana Ruiz", "Tom Okafor");
        assertThat(metadata.published()).isEqualTo(Instant.parse("2023-03-27T07:00:00Z"));
        assertThat(metadata.canonicalUrl()).isEqualTo("https://news.example/world/raid-on-port");
        assertThat(metadata.publisher()).isEqualTo("Example News Group");
        assertThat(metadata.kind()).isEqualTo(DocumentMetadata.NEWS_ARTICLE);
    }

    @Test
    void openGraphMetaNamesAndTimeWhenThereIsNoJsonLd() {
        Document page = Jsoup.parse("""
                <html><head><title>Ignored | Site</title>
                <meta property="og:title" content="Harbour fines freight line">
                <meta property="og:type" content="article">
                <meta property="og:site_name" content="The Coastal Ledger">
                <meta property="og:url" content="https://ledger.example/business/fine">
                <meta name="author" content="Mara Lindqvist">
                </head><body><article><time datetime="2026-03-04">4 March</time><p>Text.</p></article></body></html>""");

        DocumentMetadata metadata = PageMetadata.of(page, "file:///corpus/fine.html");

        assertThat(metadata.title()).isEqualTo("Harbour fines freight line");
        assertThat(metadata.authors()).containsExactly("Mara Lindqvist");
        assertThat(metadata.published()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
        assertThat(metadata.publisher()).isEqualTo("The Coastal Ledger");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://ledger.example/business/fine");
        assertThat(metadata.kind()).isEqualTo(DocumentMetadata.NEWS_ARTICLE);
    }

    @Test
    void theDateInTheAddressIsTheLastResortAndAPageWithoutOneIsOther() {
        Document dated = Jsoup.parse("<html><head><title>Storm</title></head><body><p>Text.</p></body></html>");
        Document plain = Jsoup.parse("<html><head><title>About us</title><link rel=canonical href='/about'></head>"
                + "<body><p>Text.</p></body></html>");

        DocumentMetadata fromAddress = PageMetadata.of(dated, "https://news.example/2019/11/18/storm-closes-ferries");
        DocumentMetadata other = PageMetadata.of(plain, "file:///corpus/about.html");

        assertThat(fromAddress.published()).isEqualTo(Instant.parse("2019-11-18T00:00:00Z"));
        assertThat(PageMetadata.dateInAddress("https://news.example/2019/13/45/x")).isNull();
        assertThat(other.title()).isEqualTo("About us");
        assertThat(other.published()).isNull();
        assertThat(other.canonicalUrl()).isNull();
        assertThat(other.authors()).isEmpty();
        assertThat(other.kind()).isEqualTo(DocumentMetadata.OTHER);
    }
}
