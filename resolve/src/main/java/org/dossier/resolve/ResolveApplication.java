package org.dossier.resolve;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.config.store.JobLock;
import org.dossier.config.store.LockCheck;
import org.dossier.resolve.job.ResolveCommand;
import org.dossier.resolve.job.ResolveJobConfiguration;

/** {@code dossier resolve}: turns the indexed mentions into people and organisations. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResolveApplication {

    public static void main(String[] args) {
        // Refused in seconds while another run goes on, before Elasticsearch starts.
        LockCheck.holder(ResolveJobConfiguration.JOB_NAME, args).ifPresent(holder -> {
            System.err.println("dossier resolve: not started: " + new JobLock.BusyException(holder).getMessage());
            System.out.println(LockCheck.refusedLine(ResolveJobConfiguration.JOB_NAME, holder));
            System.exit(JobLock.REFUSED_EXIT_CODE);
        });
        ConfigurableApplicationContext context = SpringApplication.run(ResolveApplication.class, args);
        ResolveCommand command = context.getBean(ResolveCommand.class);
        int exitCode = SpringApplication.exit(context);
        // The summary comes last, after shutdown's log lines, for scripts that read the last line.
        System.out.println(command.summary());
        System.exit(exitCode);
    }
}
