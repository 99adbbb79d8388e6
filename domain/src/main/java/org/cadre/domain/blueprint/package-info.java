/**
 * The role blueprint library: a {@link org.cadre.domain.blueprint.RoleBlueprint} is one role ("Lead
 * Cloud Native Engineer") with numbered {@link org.cadre.domain.blueprint.BlueprintRevision
 * revisions}; the published revision is what plans and hiring use.
 */
package org.cadre.domain.blueprint;
