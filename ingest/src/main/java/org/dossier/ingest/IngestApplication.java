package org.dossier.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.ingest.job.IngestArguments;
import org.dossier.ingest.job.IngestCommand;

/** {@code dossier ingest PATH}: reads every file under PATH into the documents index. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        try {
            IngestArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dossier ingest: " + e.getMessage());
            System.exit(2);
        }
        ConfigurableApplicationContext context = SpringApplication.run(IngestApplication.class, args);
        String summary = context.getBean(IngestCommand.class).summary();
        int exitCode = SpringApplication.exit(context);
        // The summary comes last, after shutdown's log lines, for scripts that read the last line.
        System.out.println(summary);
        System.exit(exitCode);
    }
}
