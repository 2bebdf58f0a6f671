package org.dossier.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.config.store.JobLock;
import org.dossier.config.store.LockCheck;
import org.dossier.ingest.job.IngestArguments;
import org.dossier.ingest.job.IngestCommand;
import org.dossier.ingest.job.IngestJobConfiguration;

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
        // Refused in seconds while another run goes on, before Elasticsearch and the models start.
        LockCheck.holder(IngestJobConfiguration.JOB_NAME, args).ifPresent(holder -> {
            System.err.println("dossier ingest: not started: " + new JobLock.BusyException(holder).getMessage());
            System.out.println(LockCheck.refusedLine(IngestJobConfiguration.JOB_NAME, holder));
            System.exit(JobLock.REFUSED_EXIT_CODE);
        });
        ConfigurableApplicationContext context = SpringApplication.run(IngestApplication.class, args);
        IngestCommand command = context.getBean(IngestCommand.class);
        int exitCode = SpringApplication.exit(context);
        // The summary comes last, after shutdown's log lines, for scripts that read the last line.
        command.details().forEach(System.out::println);
        System.out.println(command.summary());
        System.exit(exitCode);
    }
}
