/** Who calls: the caller and their roles, user accounts and their passwords. */
package org.cadre.services.access;
