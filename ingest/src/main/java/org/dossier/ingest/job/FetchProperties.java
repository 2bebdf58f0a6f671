package org.dossier.ingest.job;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import org.dossier.ingest.fetch.FetchPolicy;

/**
 * {@code dossier.fetch.*}: how pages from URL lists and feeds are fetched.
 *
 * @param connectTimeout time to open a connection
 * @param readTimeout time for a whole answer
 * @param maxSize larger pages are skipped
 * @param attempts tries for an answer that may come later (timeouts, 429, 5xx)
 * @param perHostDelay the least time between two requests to one host
 * @param userAgent how Dossier names itself to servers
 */
@Validated
@ConfigurationProperties("dossier.fetch")
public record FetchProperties(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("3") @Min(1) int attempts,
        @DefaultValue("1s") Duration perHostDelay,
        @DefaultValue("Dossier/0.1 (news and reports search; +https://github.com/dossier)") String userAgent) {

    public FetchPolicy policy() {
        return new FetchPolicy(connectTimeout, readTimeout, maxSize.toBytes(), attempts, perHostDelay, userAgent);
    }
}
