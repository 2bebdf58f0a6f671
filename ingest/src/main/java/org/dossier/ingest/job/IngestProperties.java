package org.dossier.ingest.job;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code dossier.ingest.*}
 *
 * @param chunkSize documents per transaction and per bulk request
 * @param maxTextLength characters kept from one document; the rest is cut off
 */
@Validated
@ConfigurationProperties("dossier.ingest")
public record IngestProperties(
        @DefaultValue("50") @Min(1) int chunkSize,
        @DefaultValue("5000000") @Min(1000) int maxTextLength) {
}
