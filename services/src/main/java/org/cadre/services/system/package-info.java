/**
 * Start-up (migrating the database, taking up interrupted imports, the demo data) and the
 * database's health.
 */
package org.cadre.services.system;
