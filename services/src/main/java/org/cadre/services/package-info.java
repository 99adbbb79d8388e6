/**
 * Cadre's use cases. Each service method is one transaction, checks the caller's rights, records
 * what it writes in the audit trail, and speaks DTOs (records of this module) to the web layer.
 */
package org.cadre.services;
