package org.cadre.services.imports.kinds;

import static org.cadre.services.imports.kinds.Problems.quoted;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidateRecord;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.DuplicateRule;
import org.cadre.domain.hiring.FieldProblem;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportStagingRepository;
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
 * Candidates, e.g. met at a job fair. A row is the same person as a stored candidate by the
 * duplicate rule (the same email, or name and phone, each normalised): it then updates that
 * candidate, its filled cells replacing what is stored and its empty cells keeping it, and changes
 * nothing when it adds nothing. Any other row creates a candidate. Two rows of one file that are
 * one person are refused, as is a row that matches two stored candidates (merge them first).
 */
@ApplicationScoped
public class CandidateImport implements ImportDefinition<CandidateRecord> {

  public static final ColumnSpec GIVEN_NAME =
      ColumnSpec.required("Given name", Kind.TEXT, "First name", "Forename");
  public static final ColumnSpec FAMILY_NAME =
      ColumnSpec.required("Family name", Kind.TEXT, "Last name", "Surname");
  public static final ColumnSpec EMAIL = ColumnSpec.optional("Email", Kind.TEXT, "E-mail");
  public static final ColumnSpec PHONE =
      ColumnSpec.optional("Phone", Kind.TEXT, "Telephone", "Mobile", "Phone number");
  public static final ColumnSpec SOURCE =
      ColumnSpec.required("Source", Kind.TEXT, "Candidate source", "Channel");
  public static final ColumnSpec LINKS =
      ColumnSpec.optional("Links", Kind.TEXT, "Link", "Profile", "Portfolio");
  public static final ColumnSpec EMPLOYEE =
      ColumnSpec.optional("Employee number", Kind.TEXT, "Employee no", "Employee ID");

  private static final List<ColumnSpec> COLUMNS =
      List.of(GIVEN_NAME, FAMILY_NAME, EMAIL, PHONE, SOURCE, LINKS, EMPLOYEE);

  /** The column each field of a candidate's details is read from. */
  private static final Map<String, ColumnSpec> FIELDS =
      Map.of(
          "givenName", GIVEN_NAME,
          "familyName", FAMILY_NAME,
          "email", EMAIL,
          "phone", PHONE,
          "source", SOURCE,
          "links", LINKS,
          "employeeNumber", EMPLOYEE);

  @Override
  public ImportKind kind() {
    return ImportKind.CANDIDATES;
  }

  @Override
  public List<ColumnSpec> columns() {
    return COLUMNS;
  }

  @Override
  public Check<CandidateRecord> check(ReferenceData data, HeaderMatch header) {
    Map<String, CandidateRecord> byEmail = new HashMap<>();
    Map<String, CandidateRecord> byNamePhone = new HashMap<>();
    for (CandidateRecord stored : data.candidates()) {
      key(byEmail, DuplicateRule.emailKey(stored.details().email()), stored);
      key(byNamePhone, DuplicateRule.namePhoneKey(stored.details()), stored);
    }
    return new Check<>() {
      private final Map<String, Integer> rowsByEmail = new HashMap<>();
      private final Map<String, Integer> rowsByNamePhone = new HashMap<>();

      @Override
      public void row(SheetRow row, ImportPlan<CandidateRecord> plan) {
        String sourceText = row.text(SOURCE);
        CandidateSource source =
            sourceText == null ? null : CandidateSource.parse(sourceText).orElse(null);
        if (sourceText != null && source == null) {
          row.reject(
              SOURCE,
              quoted(sourceText)
                  + " is not a source: use one of "
                  + Arrays.stream(CandidateSource.values())
                      .map(CandidateSource::label)
                      .collect(Collectors.joining(", ")));
        }
        CandidateDetails details =
            new CandidateDetails(
                row.text(GIVEN_NAME),
                row.text(FAMILY_NAME),
                row.text(EMAIL),
                row.text(PHONE),
                source,
                row.text(LINKS),
                row.text(EMPLOYEE));
        for (FieldProblem problem : details.problems()) {
          boolean reported = problem.value() == null && FIELDS.get(problem.field()).required();
          if (!reported && !(problem.field().equals("source") && sourceText != null)) {
            row.reject(present(FIELDS.get(problem.field())), problem.reason());
          }
        }
        if (details.employeeNumber() != null
            && !data.employees().containsKey(details.employeeNumber())) {
          row.reject(EMPLOYEE, "no employee has the number " + details.employeeNumber());
        }
        String email = DuplicateRule.emailKey(details.email());
        String namePhone = DuplicateRule.namePhoneKey(details);
        sameRow(row, present(EMAIL), rowsByEmail, email, "email");
        sameRow(row, present(PHONE), rowsByNamePhone, namePhone, "name and phone");
        Set<CandidateRecord> stored = new LinkedHashSet<>();
        if (email != null && byEmail.containsKey(email)) {
          stored.add(byEmail.get(email));
        }
        if (namePhone != null && byNamePhone.containsKey(namePhone)) {
          stored.add(byNamePhone.get(namePhone));
        }
        if (stored.size() > 1) {
          row.reject(
              present(EMAIL),
              "the email matches one candidate and the name and phone another ("
                  + stored.stream()
                      .map(c -> c.candidateId().toString())
                      .collect(Collectors.joining(" and "))
                  + "): merge them first");
        }
        if (row.hasProblems()) {
          plan.reject(row.number(), row.problems());
          return;
        }
        if (stored.isEmpty()) {
          plan.plan(row.number(), Action.CREATE, new CandidateRecord(null, details));
          return;
        }
        CandidateRecord match = stored.iterator().next();
        CandidateDetails merged = CandidateRecord.over(details, match.details());
        plan.plan(
            row.number(),
            merged.equals(match.details()) ? Action.UNCHANGED : Action.UPDATE,
            new CandidateRecord(match.candidateId(), merged));
      }

      /** The column, or the given name's when the file has no such column to point at. */
      private ColumnSpec present(ColumnSpec column) {
        return header.find(column).isPresent() ? column : GIVEN_NAME;
      }

      /** Refuses a row that is a person an earlier row of the file is. */
      private void sameRow(
          SheetRow row, ColumnSpec column, Map<String, Integer> seen, String key, String what) {
        if (key == null) {
          return;
        }
        Integer earlier = seen.putIfAbsent(key, row.number());
        if (earlier != null) {
          row.reject(column, "row " + earlier + " is the same person (the same " + what + ")");
        }
      }
    };
  }

  private static void key(Map<String, CandidateRecord> map, String key, CandidateRecord candidate) {
    if (key != null) {
      map.putIfAbsent(key, candidate);
    }
  }

  @Override
  public ImportTemplate template(ReferenceData data) {
    return new ImportTemplate(
        "Candidates",
        List.of(
            TemplateColumn.required(GIVEN_NAME.header(), "at most 100 characters", "Ana"),
            TemplateColumn.required(FAMILY_NAME.header(), "at most 100 characters", "Silva"),
            TemplateColumn.optional(
                EMAIL.header(),
                "an email address; an email or a phone is required",
                "ana.silva@example.com"),
            TemplateColumn.optional(
                PHONE.header(), "digits, spaces and + ( ) . / -", "+351 912 345 678"),
            TemplateColumn.required(SOURCE.header(), "where the candidate came from", "Job fair")
                .withList(TemplateLists.CANDIDATE_SOURCES),
            TemplateColumn.optional(
                LINKS.header(),
                "profile or portfolio addresses",
                "https://profiles.example.com/ana"),
            TemplateColumn.optional(
                EMPLOYEE.header(), "for an internal candidate: their employee number", "")),
        TemplateLists.of(data),
        List.of(
            "A candidate who is already known (the same email, or the same name and phone) is"
                + " updated: filled cells replace what is stored, empty cells keep it.",
            "Two rows that are one person are refused; so is a row matching two known candidates"
                + " (merge them on the Candidates page first).",
            "Candidates are never deleted by an import."));
  }

  @Override
  public void stage(
      long runId,
      int chunk,
      List<Change<CandidateRecord>> changes,
      ImportStagingRepository staging) {
    staging.stageCandidates(runId, chunk, changes.stream().map(ImportDefinition::staged).toList());
  }
}
