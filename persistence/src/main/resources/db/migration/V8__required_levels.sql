-- Required levels of blueprint skills, an id for each skill within its blueprint, and the
-- requirement each assessment was compared with when it was made.

-- The level a revision requires in a skill: the importance's default (critical 4, important and
-- unknown 3, optional and context-specific 2) unless HR set it on the draft (level_set).
ALTER TABLE blueprint_technical_skill ADD COLUMN required_level SMALLINT;
ALTER TABLE blueprint_technical_skill ADD COLUMN level_set BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE blueprint_technical_skill SET required_level = CASE importance
    WHEN 'CRITICAL' THEN 4
    WHEN 'OPTIONAL' THEN 2
    WHEN 'CONTEXT_SPECIFIC' THEN 2
    ELSE 3 END;
ALTER TABLE blueprint_technical_skill ALTER COLUMN required_level SET NOT NULL;
ALTER TABLE blueprint_technical_skill ADD CONSTRAINT ck_blueprint_technical_skill_required_level
    CHECK (required_level BETWEEN 0 AND 5);

-- A skill keeps its id across edits and revisions of its blueprint (the same name, ignoring case,
-- is the same skill): the rank of its name among the blueprint's skill names.
ALTER TABLE blueprint_technical_skill ADD COLUMN skill_id INTEGER;
UPDATE blueprint_technical_skill s SET skill_id = (
    SELECT COUNT(DISTINCT LOWER(o.name))
    FROM blueprint_technical_skill o
    JOIN blueprint_revision ro ON ro.id = o.revision_id
    JOIN blueprint_revision rs ON rs.blueprint_id = ro.blueprint_id
    WHERE rs.id = s.revision_id AND LOWER(o.name) <= LOWER(s.name));
ALTER TABLE blueprint_technical_skill ALTER COLUMN skill_id SET NOT NULL;

-- The level the person's blueprint (its published revision) required when the assessment was
-- made; null when it required nothing of the competency. Assessments made before this column take
-- the requirement in force now.
ALTER TABLE assessment ADD COLUMN required_level SMALLINT;
UPDATE assessment a SET required_level = (
    SELECT MAX(t.required_level)
    FROM employee e
    JOIN blueprint_revision r ON r.blueprint_id = e.blueprint_id
    JOIN blueprint_technical_skill t ON t.revision_id = r.id
    WHERE e.id = a.employee_id AND r.status = 'PUBLISHED' AND t.competency_id = a.competency_id);
