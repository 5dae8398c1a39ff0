package uk.attest.accounts;

import java.time.OffsetDateTime;
import java.util.Set;
import uk.attest.shared.Role;

/** An account as shown: never its password hash. */
public record Account(
    String id,
    String username,
    String displayName,
    Set<Role> roles,
    String learnerId,
    String assessorId,
    String centreId,
    String awardingBodyId,
    boolean enabled,
    boolean demo,
    OffsetDateTime createdAt) {}
