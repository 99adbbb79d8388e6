package org.cadre.services.access;

import java.time.Instant;
import org.cadre.domain.access.Role;

/** An API token as administrators see it: never its secret, nor the secret's hash. */
public record ApiTokenView(
    long id,
    String name,
    String username,
    Role role,
    Instant createdAt,
    String createdBy,
    Instant revokedAt) {}
