package uk.attest.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings (attest.security.*): how long a bearer token lasts, and how many failed sign-ins
 * a username or a client address may make within the window before further attempts are refused
 * until the oldest failure leaves it.
 */
@ConfigurationProperties("attest.security")
public record SecurityProperties(
    @DefaultValue("8h") Duration tokenLifetime,
    @DefaultValue("15m") Duration failureWindow,
    @DefaultValue("5") int maxFailuresPerUsername,
    @DefaultValue("50") int maxFailuresPerAddress) {}
