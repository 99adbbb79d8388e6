/** Role blueprints and their revisions in the {@code cadre} persistence unit. */
package org.cadre.persistence.blueprint;
