/**
 * The portal: Faces pages backed by {@code <Page>Backing} beans that talk to the services with
 * DTOs. UI text lives in {@code messages.properties}.
 */
package org.cadre.web.portal;
