package org.dossier.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    @Test
    void wordOperatorsBecomeSymbols() {
        assertThat(QuerySyntax.toSimpleQueryString("interpol OR europol AND fraud NOT bank"))
                .isEqualTo("interpol | europol + fraud -bank");
    }

    @Test
    void phrasesAndLowercaseWordsAreKept() {
        assertThat(QuerySyntax.toSimpleQueryString("\"money OR laundering\" or -court"))
                .isEqualTo("\"money OR laundering\" or -court");
    }
}
