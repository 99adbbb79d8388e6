package org.cadre.persistence.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.competency.Assessed;
import org.cadre.domain.competency.AssessedLevels;
import org.cadre.domain.competency.CoverageRepository;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.Requirement;
import org.cadre.persistence.Jdbc;

/**
 * Requirements and people with their assessments as plain JDBC projections: a whole organisation's
 * coverage reads hundreds of thousands of assessments, which entities would make many times slower.
 * Two queries for people (the people, then their assessments, with the same filter), one for
 * requirements.
 */
@ApplicationScoped
public class JdbcCoverageRepository implements CoverageRepository {

  /**
   * Assessment rows fetched per round trip: a whole organisation's are hundreds of thousands of
   * small rows, which the default would fetch in hundreds of round trips.
   */
  private static final int ASSESSMENTS_FETCHED = 20_000;

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcCoverageRepository() {
    // for CDI
  }

  public JdbcCoverageRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<Long, RequiredProfile> publishedProfiles(Collection<Long> blueprintIds) {
    List<Object> parameters = new ArrayList<>();
    String filter = "";
    if (blueprintIds != null) {
      if (blueprintIds.isEmpty()) {
        return Map.of();
      }
      filter = " AND r.blueprint_id IN (" + Jdbc.placeholders(blueprintIds.size()) + ")";
      parameters.addAll(blueprintIds);
    }
    Map<Long, String> titles = new LinkedHashMap<>();
    Map<Long, List<Requirement>> requirements = new HashMap<>();
    Jdbc.query(
        em,
        "SELECT r.blueprint_id, r.title, t.competency_id, c.name, t.importance, t.required_level"
            + " FROM blueprint_revision r"
            + " LEFT JOIN blueprint_technical_skill t"
            + " ON t.revision_id = r.id AND t.competency_id IS NOT NULL"
            + " LEFT JOIN competency c ON c.id = t.competency_id"
            + " WHERE r.status = 'PUBLISHED'"
            + filter
            + " ORDER BY r.blueprint_id, t.list_index",
        row -> {
          long blueprint = row.getLong(1);
          titles.putIfAbsent(blueprint, row.getString(2));
          List<Requirement> own = requirements.computeIfAbsent(blueprint, b -> new ArrayList<>());
          long competency = row.getLong(3);
          if (!row.wasNull()) {
            String importance = row.getString(5);
            own.add(
                new Requirement(
                    competency,
                    row.getString(4),
                    importance == null ? null : Importance.valueOf(importance),
                    row.getInt(6)));
          }
        },
        parameters.toArray());
    Map<Long, RequiredProfile> profiles = new LinkedHashMap<>();
    titles.forEach(
        (id, title) -> profiles.put(id, new RequiredProfile(id, title, requirements.get(id))));
    return profiles;
  }

  @Override
  public List<PersonSkills> people(PeopleQuery query) {
    List<Object> parameters = new ArrayList<>();
    String filter = filter(query, parameters);
    Map<Long, Person> people = new LinkedHashMap<>();
    Jdbc.query(
        em,
        "SELECT e.id, e.employee_number, e.given_name, e.family_name, e.org_unit_code,"
            + " e.blueprint_id, e.level FROM employee e WHERE "
            + filter
            + " ORDER BY e.employee_number",
        row -> {
          long blueprint = row.getLong(6);
          Long blueprintId = row.wasNull() ? null : blueprint;
          String level = row.getString(7);
          people.put(
              row.getLong(1),
              new Person(
                  row.getString(2),
                  row.getString(3) + " " + row.getString(4),
                  row.getString(5),
                  blueprintId,
                  level == null ? null : Level.valueOf(level)));
        },
        parameters.toArray());
    if (people.isEmpty()) {
      return List.of();
    }
    String competencies = "";
    if (query.competencies() != null) {
      if (query.competencies().isEmpty()) {
        return people.values().stream().map(p -> p.with(AssessedLevels.NONE)).toList();
      }
      competencies =
          " AND a.competency_id IN (" + Jdbc.placeholders(query.competencies().size()) + ")";
      parameters.addAll(query.competencies());
    }
    Map<Long, AssessedLevels.Builder> assessed = new HashMap<>();
    Jdbc.query(
        em,
        "SELECT a.employee_id, a.competency_id, a.level, a.assessed_on, a.required_level"
            + " FROM assessment a JOIN employee e ON e.id = a.employee_id WHERE "
            + filter
            + competencies,
        ASSESSMENTS_FETCHED,
        row -> {
          int required = row.getInt(5);
          Integer requiredThen = row.wasNull() ? null : required;
          assessed
              .computeIfAbsent(row.getLong(1), id -> new AssessedLevels.Builder())
              .add(
                  new Assessed(
                      row.getLong(2),
                      row.getInt(3),
                      row.getObject(4, LocalDate.class),
                      requiredThen));
        },
        parameters.toArray());
    List<PersonSkills> result = new ArrayList<>(people.size());
    people.forEach(
        (id, person) -> {
          AssessedLevels.Builder levels = assessed.get(id);
          result.add(person.with(levels == null ? AssessedLevels.NONE : levels.build()));
        });
    return result;
  }

  /** The WHERE clause on employee {@code e} for the query; adds its parameters. */
  private static String filter(PeopleQuery query, List<Object> parameters) {
    List<String> conditions = new ArrayList<>();
    conditions.add("1 = 1");
    if (query.unitCodes() != null) {
      if (query.unitCodes().isEmpty()) {
        conditions.add("1 = 0");
      } else {
        conditions.add("e.org_unit_code IN (" + Jdbc.placeholders(query.unitCodes().size()) + ")");
        parameters.addAll(query.unitCodes());
      }
    }
    if (query.number() != null) {
      conditions.add("e.employee_number = ?");
      parameters.add(query.number());
    }
    if (query.blueprintId() != null) {
      conditions.add("e.blueprint_id = ?");
      parameters.add(query.blueprintId());
    }
    if (query.inPostOn() != null) {
      conditions.add("(e.hire_date IS NULL OR e.hire_date <= ?)");
      conditions.add("(e.end_date IS NULL OR e.end_date >= ?)");
      parameters.add(query.inPostOn());
      parameters.add(query.inPostOn());
    }
    return String.join(" AND ", conditions);
  }

  /** A person as read, before their assessments. */
  private record Person(
      String number, String name, String unitCode, Long blueprintId, Level level) {

    PersonSkills with(AssessedLevels levels) {
      return new PersonSkills(number, name, unitCode, blueprintId, level, levels);
    }
  }
}
