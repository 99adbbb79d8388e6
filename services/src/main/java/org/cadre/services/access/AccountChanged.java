package org.cadre.services.access;

/**
 * Fired when an account's password, roles or enablement change, so that whoever remembers its
 * sign-ins (sessions, verified credentials, tokens) checks it again. Observers should observe it
 * after the transaction succeeds.
 */
public record AccountChanged(String username) {}
