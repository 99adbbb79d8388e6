/**
 * Integration tests against the deployed WAR: REST calls ({@link org.cadre.web.it.ApiTest}), the
 * portal in Chromium ({@link org.cadre.web.it.BrowserTest}), tests inside the server, and a server
 * killed mid-import.
 */
package org.cadre.web.it;
