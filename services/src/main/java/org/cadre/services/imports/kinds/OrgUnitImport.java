package org.cadre.services.imports.kinds;

import static org.cadre.services.imports.kinds.Problems.quoted;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.org.OrgTree;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
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
 * Org units by code. A unit's parent may be defined further down the same file; the tree the file
 * leaves behind must have no cycles. A manager is an employee who exists already.
 */
@ApplicationScoped
public class OrgUnitImport implements ImportDefinition<OrgUnitRecord> {

  public static final ColumnSpec CODE =
      ColumnSpec.required("Code", Kind.TEXT, "Unit code", "Org unit code");
  public static final ColumnSpec NAME = ColumnSpec.required("Name", Kind.TEXT, "Unit name");
  public static final ColumnSpec KIND = ColumnSpec.required("Kind", Kind.TEXT, "Type", "Unit kind");
  public static final ColumnSpec PARENT =
      ColumnSpec.optional("Parent code", Kind.TEXT, "Parent", "Parent unit");
  public static final ColumnSpec MANAGER =
      ColumnSpec.optional("Manager", Kind.TEXT, "Manager number", "Manager employee number");
  public static final ColumnSpec COST_CENTRE =
      ColumnSpec.optional("Cost centre", Kind.TEXT, "Cost center");

  private static final List<ColumnSpec> COLUMNS =
      List.of(CODE, NAME, KIND, PARENT, MANAGER, COST_CENTRE);

  @Override
  public ImportKind kind() {
    return ImportKind.ORG_UNITS;
  }

  @Override
  public List<ColumnSpec> columns() {
    return COLUMNS;
  }

  /** Reads a kind by its label or name, ignoring case: "Team", "team", "TEAM". */
  public static Optional<OrgUnitKind> kindOf(String text) {
    return Arrays.stream(OrgUnitKind.values())
        .filter(k -> k.label().equalsIgnoreCase(text) || k.name().equalsIgnoreCase(text))
        .findFirst();
  }

  @Override
  public Check<OrgUnitRecord> check(ReferenceData data, HeaderMatch header) {
    return new Check<>() {
      private final Map<String, Integer> rowsByCode = new HashMap<>();
      private final Map<Integer, OrgUnitRecord> records = new LinkedHashMap<>();

      @Override
      public void row(SheetRow row, ImportPlan<OrgUnitRecord> plan) {
        String code = row.text(CODE);
        String name = row.text(NAME);
        String kindText = row.text(KIND);
        String parent = row.text(PARENT);
        String manager = row.text(MANAGER);
        String costCentre = row.text(COST_CENTRE);
        if (code != null && !OrgUnitRecord.isCode(code)) {
          row.reject(
              CODE,
              quoted(code)
                  + " is not a unit code: use 1 to 40 letters, digits, dots, dashes or"
                  + " underscores, starting with a letter or digit");
        } else if (code != null && rowsByCode.containsKey(code)) {
          row.reject(CODE, "unit " + code + " is on row " + rowsByCode.get(code) + " already");
        }
        if (name != null && name.length() > OrgUnit.NAME_MAX) {
          row.reject(NAME, "a unit name has at most " + OrgUnit.NAME_MAX + " characters");
        }
        OrgUnitKind kind = kindText == null ? null : kindOf(kindText).orElse(null);
        if (kindText != null && kind == null) {
          row.reject(
              KIND, quoted(kindText) + " is not a unit kind: use Division, Department or Team");
        }
        if (parent != null && parent.equals(code)) {
          row.reject(PARENT, "a unit cannot be its own parent");
        } else if (parent != null && !OrgUnitRecord.isCode(parent)) {
          row.reject(PARENT, quoted(parent) + " is not a unit code");
        }
        if (manager != null && !data.employees().containsKey(manager)) {
          row.reject(
              MANAGER,
              "no employee has the number "
                  + manager
                  + ": import employees first, then the units with their managers");
        }
        if (costCentre != null && costCentre.length() > 40) {
          row.reject(COST_CENTRE, "a cost centre has at most 40 characters");
        }
        if (code != null) {
          rowsByCode.putIfAbsent(code, row.number());
        }
        if (row.hasProblems()) {
          plan.reject(row.number(), row.problems());
          return;
        }
        records.put(row.number(), new OrgUnitRecord(code, name, kind, parent, manager, costCentre));
      }

      @Override
      public void finish(ImportPlan<OrgUnitRecord> plan) {
        boolean changed = true;
        while (changed) {
          changed = false;
          for (var entry : new ArrayList<>(records.entrySet())) {
            Optional<String> problem = parentProblem(entry.getValue(), plan);
            if (problem.isPresent()) {
              records.remove(entry.getKey());
              plan.reject(
                  Problems.at(
                      header,
                      entry.getKey(),
                      PARENT,
                      entry.getValue().parentCode(),
                      problem.get()));
              changed = true;
            }
          }
        }
        Map<String, String> parents = new HashMap<>();
        data.units().values().forEach(u -> parents.put(u.code(), u.parentCode()));
        records.values().forEach(u -> parents.put(u.code(), u.parentCode()));
        OrgTree tree = new OrgTree(parents);
        for (var entry : new ArrayList<>(records.entrySet())) {
          tree.cycleFrom(entry.getValue().code())
              .ifPresent(
                  cycle -> {
                    records.remove(entry.getKey());
                    plan.reject(
                        Problems.at(
                            header,
                            entry.getKey(),
                            PARENT,
                            entry.getValue().parentCode(),
                            "the parents form a cycle: " + String.join(" > ", cycle)));
                  });
        }
        records.forEach(
            (row, unit) -> {
              OrgUnitRecord stored = data.units().get(unit.code());
              plan.plan(
                  row,
                  stored == null
                      ? Action.CREATE
                      : stored.equals(unit) ? Action.UNCHANGED : Action.UPDATE,
                  unit);
            });
      }

      private Optional<String> parentProblem(OrgUnitRecord unit, ImportPlan<OrgUnitRecord> plan) {
        String parent = unit.parentCode();
        if (parent == null || data.units().containsKey(parent)) {
          return Optional.empty();
        }
        Integer parentRow = rowsByCode.get(parent);
        if (parentRow == null) {
          return Optional.of(
              "no org unit has the code " + parent + ", neither stored nor in this file");
        }
        if (plan.isInvalid(parentRow)) {
          return Optional.of(
              "the parent " + parent + " on row " + parentRow + " cannot be imported");
        }
        return Optional.empty();
      }
    };
  }

  @Override
  public ImportTemplate template(ReferenceData data) {
    return new ImportTemplate(
        "Org units",
        List.of(
            TemplateColumn.required(
                CODE.header(),
                "1 to 40 letters, digits, dots, dashes or underscores; the unit's key",
                "ENG-PLAT-SRE"),
            TemplateColumn.required(NAME.header(), "at most 200 characters", "Site reliability"),
            TemplateColumn.required(KIND.header(), "Division, Department or Team", "Team")
                .withList(TemplateLists.KINDS),
            TemplateColumn.optional(
                    PARENT.header(),
                    "the code of the unit above: a stored unit or one further down this file;"
                        + " empty for a top unit",
                    "ENG-PLAT")
                .withList(TemplateLists.UNITS),
            TemplateColumn.optional(
                MANAGER.header(), "the employee number of the manager, who must exist", ""),
            TemplateColumn.optional(COST_CENTRE.header(), "at most 40 characters", "CC-1100")),
        TemplateLists.of(data),
        List.of(
            "A unit is found by its code: a code that exists is updated, a new one is created.",
            "Units are never deleted by an import; the file need not list every unit.",
            "The parents of the units may not form a cycle."));
  }

  @Override
  public void stage(
      long runId, int chunk, List<Change<OrgUnitRecord>> changes, ImportStagingRepository staging) {
    staging.stageUnits(runId, chunk, changes.stream().map(ImportDefinition::staged).toList());
  }
}
