/**
 * The message broker that carries a run's partitions to workers: its address and JMS connection, and the launcher of
 * the local broker (Apache ActiveMQ Artemis, from the build's Maven artifact) used when no broker is configured.
 * Uses settings only; imported by the applications that send or run partitions (see remote), never auto-configured.
 */
package org.dossier.config.broker;
