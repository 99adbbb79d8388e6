package org.cadre.services.imports.kinds;

import static org.cadre.services.imports.kinds.Problems.quoted;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.reports.imports.ImportTemplate;
import org.cadre.reports.imports.TemplateColumn;
import org.cadre.services.imports.ImportPlan;
import org.cadre.services.imports.ImportPlan.Action;
import org.cadre.services.imports.ImportPlan.Change;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.ColumnSpec.Kind;
import org.cadre.services.imports.sheet.HeaderMatch;
import org.cadre.services.imports.sheet.SheetRow;

/**
 * Employees by employee number. The unit must exist; the blueprint is named by title (and told
 * apart by the employee's level when several blueprints share a title). An empty FTE is full time.
 */
@ApplicationScoped
public class EmployeeImport implements ImportDefinition<EmployeeRecord> {

  public static final ColumnSpec NUMBER =
      ColumnSpec.required("Employee number", Kind.TEXT, "Employee no", "Employee ID", "Number");
  public static final ColumnSpec GIVEN_NAME =
      ColumnSpec.required("Given name", Kind.TEXT, "First name", "Forename");
  public static final ColumnSpec FAMILY_NAME =
      ColumnSpec.required("Family name", Kind.TEXT, "Last name", "Surname");
  public static final ColumnSpec EMAIL = ColumnSpec.optional("Email", Kind.TEXT, "E-mail");
  public static final ColumnSpec UNIT =
      ColumnSpec.required("Org unit", Kind.TEXT, "Org unit code", "Unit", "Unit code", "Team");
  public static final ColumnSpec BLUEPRINT =
      ColumnSpec.optional("Blueprint", Kind.TEXT, "Role blueprint", "Role");
  public static final ColumnSpec LEVEL = ColumnSpec.optional("Level", Kind.TEXT, "Grade");
  public static final ColumnSpec FTE =
      ColumnSpec.optional("FTE", Kind.DECIMAL, "Full-time equivalent");
  public static final ColumnSpec HIRE_DATE =
      ColumnSpec.optional("Hire date", Kind.DATE, "Start date", "Hired");
  public static final ColumnSpec END_DATE =
      ColumnSpec.optional("End date", Kind.DATE, "Leaving date", "Left");
  public static final ColumnSpec LOCATION = ColumnSpec.optional("Location", Kind.TEXT, "Office");
  public static final ColumnSpec ANNUAL_COST =
      ColumnSpec.optional("Annual cost", Kind.DECIMAL, "Cost", "Yearly cost");

  private static final List<ColumnSpec> COLUMNS =
      List.of(
          NUMBER,
          GIVEN_NAME,
          FAMILY_NAME,
          EMAIL,
          UNIT,
          BLUEPRINT,
          LEVEL,
          FTE,
          HIRE_DATE,
          END_DATE,
          LOCATION,
          ANNUAL_COST);

  private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Override
  public ImportKind kind() {
    return ImportKind.EMPLOYEES;
  }

  @Override
  public List<ColumnSpec> columns() {
    return COLUMNS;
  }

  /** Reads a level by its label or name, ignoring case: "Mid-level", "MID", "senior". */
  public static Optional<Level> levelOf(String text) {
    String wanted = text.strip();
    return Arrays.stream(Level.values())
        .filter(l -> l.label().equalsIgnoreCase(wanted) || l.name().equalsIgnoreCase(wanted))
        .findFirst();
  }

  @Override
  public Check<EmployeeRecord> check(ReferenceData data, HeaderMatch header) {
    return new Check<>() {
      private final Map<String, Integer> rowsByNumber = new HashMap<>();

      @Override
      public void row(SheetRow row, ImportPlan<EmployeeRecord> plan) {
        String number = row.text(NUMBER);
        String given = row.text(GIVEN_NAME);
        String family = row.text(FAMILY_NAME);
        String email = row.text(EMAIL);
        String unit = row.text(UNIT);
        String blueprintTitle = row.text(BLUEPRINT);
        String levelText = row.text(LEVEL);
        BigDecimal fte = row.decimal(FTE);
        LocalDate hired = row.date(HIRE_DATE);
        LocalDate ended = row.date(END_DATE);
        String location = row.text(LOCATION);
        BigDecimal cost = row.decimal(ANNUAL_COST);

        if (number != null) {
          if (number.length() > Employee.NUMBER_MAX) {
            row.reject(
                NUMBER, "an employee number has at most " + Employee.NUMBER_MAX + " characters");
          } else if (rowsByNumber.containsKey(number)) {
            row.reject(
                NUMBER,
                "employee " + number + " is on row " + rowsByNumber.get(number) + " already");
          } else {
            rowsByNumber.put(number, row.number());
          }
        }
        tooLong(row, GIVEN_NAME, given, 100);
        tooLong(row, FAMILY_NAME, family, 100);
        tooLong(row, LOCATION, location, 100);
        if (email != null && (email.length() > 200 || !EMAIL_SHAPE.matcher(email).matches())) {
          row.reject(EMAIL, quoted(email) + " is not an email address");
        }
        if (unit != null && !data.units().containsKey(unit)) {
          row.reject(UNIT, "no org unit has the code " + unit + ": import org units first");
        }
        Level level = null;
        if (levelText != null) {
          level = levelOf(levelText).orElse(null);
          if (level == null) {
            row.reject(
                LEVEL,
                quoted(levelText)
                    + " is not a level: use one of "
                    + Arrays.stream(Level.values())
                        .map(Level::label)
                        .collect(Collectors.joining(", ")));
          }
        }
        Long blueprintId = null;
        if (blueprintTitle != null) {
          List<BlueprintName> titled = data.blueprintsTitled(blueprintTitle);
          Level wanted = level;
          List<BlueprintName> atLevel =
              titled.stream().filter(b -> wanted != null && b.level() == wanted).toList();
          if (titled.isEmpty()) {
            row.reject(BLUEPRINT, "no blueprint is titled " + quoted(blueprintTitle));
          } else if (titled.size() == 1) {
            blueprintId = titled.get(0).id();
          } else if (atLevel.size() == 1) {
            blueprintId = atLevel.get(0).id();
          } else {
            row.reject(
                BLUEPRINT,
                titled.size()
                    + " blueprints are titled "
                    + quoted(blueprintTitle)
                    + " ("
                    + titled.stream().map(BlueprintName::label).collect(Collectors.joining(", "))
                    + "): give the employee's level to pick one");
          }
        }
        if (fte != null) {
          EmployeeRecord.fteProblem(fte).ifPresent(problem -> row.reject(FTE, problem));
        }
        EmployeeRecord.endDateProblem(hired, ended)
            .ifPresent(problem -> row.reject(END_DATE, problem));
        EmployeeRecord.annualCostProblem(cost)
            .ifPresent(problem -> row.reject(ANNUAL_COST, problem));
        if (row.hasProblems()) {
          plan.reject(row.number(), row.problems());
          return;
        }
        EmployeeRecord employee =
            new EmployeeRecord(
                number,
                given,
                family,
                email,
                unit,
                blueprintId,
                level,
                fte == null ? EmployeeRecord.FULL_TIME : fte,
                hired,
                ended,
                location,
                cost);
        EmployeeRecord stored = data.employees().get(number);
        plan.plan(
            row.number(),
            stored == null
                ? Action.CREATE
                : stored.equals(employee) ? Action.UNCHANGED : Action.UPDATE,
            employee);
      }
    };
  }

  private static void tooLong(SheetRow row, ColumnSpec column, String value, int max) {
    if (value != null && value.length() > max) {
      row.reject(column, "at most " + max + " characters, not " + value.length());
    }
  }

  @Override
  public ImportTemplate template(ReferenceData data) {
    return new ImportTemplate(
        "Employees",
        List.of(
            TemplateColumn.required(NUMBER.header(), "at most 40 characters; the key", "E10001"),
            TemplateColumn.required(GIVEN_NAME.header(), "at most 100 characters", "Ada"),
            TemplateColumn.required(FAMILY_NAME.header(), "at most 100 characters", "Lovelace"),
            TemplateColumn.optional(EMAIL.header(), "an email address", "ada@example.org"),
            TemplateColumn.required(UNIT.header(), "the code of a stored org unit", "ENG-PLAT-SRE")
                .withList(TemplateLists.UNITS),
            TemplateColumn.optional(
                    BLUEPRINT.header(),
                    "the title of a blueprint; with the level when several share the title",
                    "")
                .withList(TemplateLists.BLUEPRINTS),
            TemplateColumn.optional(LEVEL.header(), "one of the levels", "Senior")
                .withList(TemplateLists.LEVELS),
            TemplateColumn.optional(
                FTE.header(), "above 0 and at most 1; empty means full time (1)", "0.8"),
            TemplateColumn.optional(HIRE_DATE.header(), "a date, YYYY-MM-DD", "2024-03-01"),
            TemplateColumn.optional(
                END_DATE.header(), "a date, YYYY-MM-DD, not before the hire date", ""),
            TemplateColumn.optional(LOCATION.header(), "at most 100 characters", "Lisbon"),
            TemplateColumn.optional(
                ANNUAL_COST.header(),
                "a number, not negative; seen only by HR and leadership",
                "68000")),
        TemplateLists.of(data),
        List.of(
            "An employee is found by employee number: a number that exists is updated, a new one"
                + " is created.",
            "Employees are never deleted by an import; give a leaver an end date."));
  }

  @Override
  public void stage(
      long runId,
      int chunk,
      List<Change<EmployeeRecord>> changes,
      ImportStagingRepository staging) {
    staging.stageEmployees(runId, chunk, changes.stream().map(ImportDefinition::staged).toList());
  }
}
