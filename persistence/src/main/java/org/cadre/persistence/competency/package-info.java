/** The competency catalogue and the aliases that merge its entries. */
package org.cadre.persistence.competency;
