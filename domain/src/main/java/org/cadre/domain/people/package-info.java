/** People: employees in org units holding blueprints, and what they can do (assessments). */
package org.cadre.domain.people;
