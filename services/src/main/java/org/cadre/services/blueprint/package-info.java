/**
 * The blueprint library: reading, editing and publishing blueprints, importing documents (one or a
 * zip of them) and the library's reports.
 */
package org.cadre.services.blueprint;
