package org.dossier.config.broker;

/** Where the broker is, as clients give it ({@code tcp://host:61616}): for connections, and for messages to people. */
public record BrokerAddress(String url) {

    @Override
    public String toString() {
        return url;
    }
}
