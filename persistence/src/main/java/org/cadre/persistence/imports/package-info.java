/**
 * Import runs with their progress and problems, and the staging tables a commit fills before it
 * applies in one transaction.
 */
package org.cadre.persistence.imports;
