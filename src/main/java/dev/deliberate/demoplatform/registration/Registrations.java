package dev.deliberate.demoplatform.registration;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.deliberate.demoplatform.client.ToolClient;
import dev.deliberate.demoplatform.client.ToolClients;
import dev.deliberate.shared.RandomTokens;
import dev.deliberate.shared.TransactionManagers;

/** Turns an accepted registration into a tool client with a new client_id and deployment, using up the token. */
@Component
@Profile("demo")
class Registrations {

    private final RegistrationTokens tokens;
    private final ToolClients clients;
    private final Clock clock;

    Registrations(RegistrationTokens tokens, ToolClients clients, Clock clock) {
        this.tokens = tokens;
        this.clients = clients;
        this.clock = clock;
    }

    /** The new client; empty when the token was used up meanwhile (of two racing registrations, one wins). */
    @Transactional(transactionManager = TransactionManagers.JDBC)
    public Optional<ToolClient> register(String token, ToolRegistration registration, String request) {
        ToolClient client = new ToolClient("demo-client-" + RandomTokens.bytes(12), "demo-deployment-" + RandomTokens.bytes(6),
                registration.clientName(), registration.initiateLoginUri(), registration.redirectUris(),
                registration.jwksUri(), registration.targetLinkUri(), registration.deepLinkingUri(),
                Set.copyOf(registration.grantedScopes()), registration.custom(), clock.instant());
        if (!tokens.consume(token, client.clientId())) {
            return Optional.empty();
        }
        clients.register(client, request);
        return Optional.of(client);
    }
}
