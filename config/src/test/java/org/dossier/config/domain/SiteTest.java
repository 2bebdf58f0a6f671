package org.dossier.config.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteTest {

    @Test
    void thePublisherNamedByTheDocumentComesFirst() {
        assertThat(Site.of("https://www.apnews.com/a", null, "Associated Press")).isEqualTo("Associated Press");
    }

    @Test
    void aWebDocumentIsFiledUnderItsHost() {
        assertThat(Site.of("https://www.apnews.com/article/1", null, null)).isEqualTo("apnews.com");
        assertThat(Site.of("/corpus/html/page.html", "https://en.wikinews.org/wiki/X", null))
                .isEqualTo("en.wikinews.org");
    }

    @Test
    void aFileIsFiledUnderItsFolderAndAMemberUnderItsArchivesFolder() {
        assertThat(Site.of("/corpus/fincen/advisory.pdf", null, null)).isEqualTo("fincen");
        assertThat(Site.of("/corpus/filings/box.zip!/inner/note.txt", null, null)).isEqualTo("filings");
        assertThat(Site.of("note.txt", null, null)).isNull();
    }
}
