/**
 * What every portal page shares: the user in the header, messages, error and expired-view handling,
 * converters and the quarter menus. Pages' beans ({@code <Page>Backing}) live in their feature's
 * package; UI text lives in {@code messages.properties} here.
 */
package org.cadre.web.portal;
