/** User accounts in the {@code cadre} persistence unit, found by user name. */
package org.cadre.persistence.access;
