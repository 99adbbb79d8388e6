/** The audit trail: who changed what, and when. Every write in Cadre leaves an event here. */
package org.cadre.domain.audit;
