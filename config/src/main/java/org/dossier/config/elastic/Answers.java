package org.dossier.config.elastic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The answer to a request sent with the asynchronous client, failing as the blocking client
 * would: Elasticsearch's refusal as itself, a lost connection as an unchecked I/O error.
 */
public final class Answers {

    private Answers() {
    }

    /** @param what what was asked, for the message ("a read of document X") */
    public static <T> T join(CompletableFuture<T> answer, String what) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("Elasticsearch did not answer " + what, io);
            }
            throw e.getCause() instanceof RuntimeException failed ? failed : e;
        }
    }
}
