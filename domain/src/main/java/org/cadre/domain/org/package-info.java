/** The organisation: a tree of org units (division > department > team, any depth). */
package org.cadre.domain.org;
