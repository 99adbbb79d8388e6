/** The audit log: audit events written with the change they record and read by subject. */
package org.cadre.persistence.audit;
