package org.dossier.resolve.worker;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import org.dossier.config.remote.RemotePartitionsConfiguration;

/** The broker and remote partitions, for a run that sends its partitions to workers and for a worker. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${dossier.resolve.workers:local}'.equalsIgnoreCase('remote')"
        + " or '${dossier.resolve.pairs-workers:local}'.equalsIgnoreCase('remote')"
        + " or '${" + ResolveWorker.ENABLED + ":false}' == 'true'")
@Import(RemotePartitionsConfiguration.class)
public class RemoteResolveConfiguration {
}
