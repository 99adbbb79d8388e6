/** The audit trail every write goes through: who did what to which subject, when. */
package org.cadre.services.audit;
