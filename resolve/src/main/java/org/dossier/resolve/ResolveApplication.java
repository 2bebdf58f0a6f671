package org.dossier.resolve;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.resolve.job.ResolveCommand;

/** {@code dossier resolve}: turns the indexed mentions into people and organisations. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ResolveApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(ResolveApplication.class, args);
        ResolveCommand command = context.getBean(ResolveCommand.class);
        int exitCode = SpringApplication.exit(context);
        // The summary comes last, after shutdown's log lines, for scripts that read the last line.
        System.out.println(command.summary());
        System.exit(exitCode);
    }
}
