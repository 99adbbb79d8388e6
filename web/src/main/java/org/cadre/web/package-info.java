/**
 * The web layer: REST resources under {@code /api}, the Faces portal, security and health. It
 * speaks to the services with DTOs and never opens a transaction itself.
 */
package org.cadre.web;
