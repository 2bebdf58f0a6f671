package org.dossier.ingest.job;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import org.dossier.ingest.parse.ReadLimits;

/**
 * {@code dossier.ingest.*}
 *
 * @param chunkSize documents per transaction and per bulk request
 * @param maxTextLength characters kept from one document; the rest is cut off and the document flagged
 * @param maxFileSize larger files are skipped unread
 * @param parseTimeout a parse that takes longer is abandoned and the file skipped
 */
@Validated
@ConfigurationProperties("dossier.ingest")
public record IngestProperties(
        @DefaultValue("50") @Min(1) int chunkSize,
        @DefaultValue("5000000") @Min(1000) int maxTextLength,
        @DefaultValue("64MB") DataSize maxFileSize,
        @DefaultValue("60s") Duration parseTimeout) {

    public ReadLimits readLimits() {
        return new ReadLimits(maxFileSize.toBytes(), maxTextLength, parseTimeout);
    }
}
