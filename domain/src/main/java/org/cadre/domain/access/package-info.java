/** Who may use Cadre: user accounts and the roles that decide what they may see and do. */
package org.cadre.domain.access;
