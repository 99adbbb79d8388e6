package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationRepository;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidatePair;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.CvFile;
import org.cadre.domain.hiring.DuplicateRule;
import org.cadre.domain.hiring.MatchedField;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionRepository;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;
import org.cadre.services.common.UseCase;

/**
 * Candidates: created once (a duplicate is refused with the candidate it looks like), read by who
 * deals with their applications, merged by HR into the one they duplicate with both histories kept,
 * and their CVs.
 */
@ApplicationScoped
@UseCase
public class CandidateService {

  static final String SUBJECT = "candidate";

  /** The largest CV kept, in bytes. */
  public static final int CV_MAX_BYTES = CvFile.MAX_BYTES;

  private static final int DUPLICATES_SHOWN = 200;

  private CandidateRepository candidates;
  private ApplicationRepository applications;
  private RequisitionRepository requisitions;
  private EmployeeRepository employees;
  private HiringAccess access;
  private RequisitionViews views;
  private AuditTrail audit;

  protected CandidateService() {
    // for CDI
  }

  @Inject
  public CandidateService(
      CandidateRepository candidates,
      ApplicationRepository applications,
      RequisitionRepository requisitions,
      EmployeeRepository employees,
      HiringAccess access,
      RequisitionViews views,
      AuditTrail audit) {
    this.candidates = candidates;
    this.applications = applications;
    this.requisitions = requisitions;
    this.employees = employees;
    this.access = access;
    this.views = views;
    this.audit = audit;
  }

  /**
   * Creates a candidate. One that looks like a candidate Cadre knows (the same email, or name and
   * phone) is refused with that candidate and the fields that matched, unless HR insists.
   *
   * @param despiteDuplicate create it even so (HR only)
   */
  public CandidateView create(Caller caller, CandidateCommand command, boolean despiteDuplicate) {
    HiringAccess.Rights rights = access.of(caller);
    if (!rights.isHr() && !caller.has(Role.MANAGER)) {
      throw new AccessDeniedException("Candidates are added by HR and hiring managers.");
    }
    if (despiteDuplicate) {
      rights.requireHr("add a candidate who looks like another");
    }
    CandidateDetails details = details(command);
    if (!despiteDuplicate) {
      refuseDuplicate(rights, details);
    }
    Candidate candidate = Candidate.of(details, caller.username(), Instant.now());
    candidates.add(candidate);
    candidates.flush();
    audit.record(
        caller,
        SUBJECT + ".created",
        SUBJECT,
        candidate.id().toString(),
        "Added " + candidate.name() + " (" + candidate.source().label() + ").");
    return view(rights, candidate);
  }

  /** Changes a candidate's details (HR). */
  public CandidateView update(Caller caller, long id, CandidateCommand command) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("change candidates");
    Candidate candidate = current(id);
    CandidateDetails before = candidate.details();
    CandidateDetails after = details(command);
    candidate.update(after, Instant.now());
    audit.record(
        caller, SUBJECT + ".changed", SUBJECT, candidate.id().toString(), changes(before, after));
    return view(rights, candidate);
  }

  public CandidateView get(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    Candidate candidate = find(id);
    requireReads(rights, candidate);
    return view(rights, candidate);
  }

  /** Current candidates whose name or email contains the text (HR). */
  public PageView<CandidateRow> search(Caller caller, String text, int page, int size) {
    access.of(caller).requireHr("search candidates");
    return PageView.of(
        candidates.search(text, PageView.request(page, size)).map(CandidateService::row));
  }

  /** Every pair of current candidates who look like one person, with what matched (HR). */
  public List<DuplicatePairView> duplicates(Caller caller) {
    access.of(caller).requireHr("review duplicate candidates");
    List<DuplicatePairView> pairs = new ArrayList<>();
    for (CandidatePair pair : candidates.duplicatePairs(DUPLICATES_SHOWN)) {
      Candidate first = find(pair.first());
      Candidate second = find(pair.second());
      pairs.add(
          new DuplicatePairView(
              row(first),
              row(second),
              fields(DuplicateRule.matches(first.details(), second.details()))));
    }
    return pairs;
  }

  /**
   * Merges a candidate into another (HR): the other keeps its details, takes what it lacks, and
   * gets every application with its history; the merged one stays, marked, for its own history.
   */
  public CandidateView merge(Caller caller, long id, long intoId) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("merge candidates");
    if (id == intoId) {
      throw InvalidInputException.of("otherId", intoId, "a candidate cannot be merged into itself");
    }
    Candidate duplicate = current(id);
    Candidate survivor = current(intoId);
    List<Application> moving = applications.ofCandidate(id);
    Set<Long> survivorRequisitions = new HashSet<>();
    applications.ofCandidate(intoId).forEach(a -> survivorRequisitions.add(a.requisitionId()));
    for (Application application : moving) {
      if (survivorRequisitions.contains(application.requisitionId())) {
        throw new ConflictException(
            "Both candidates applied to requisition "
                + application.requisitionId()
                + "; withdraw or reject one of those applications before merging.");
      }
    }
    Instant now = Instant.now();
    moving.forEach(a -> a.transferTo(intoId));
    survivor.absorb(duplicate, now);
    duplicate.mergeInto(intoId, now);
    if (candidates.cv(intoId).isEmpty()) {
      candidates.cv(id).ifPresent(cv -> candidates.storeCv(intoId, cv, now));
    }
    candidates.deleteCv(id);
    String details =
        "Candidate "
            + id
            + " merged into candidate "
            + intoId
            + " with "
            + moving.size()
            + " application(s).";
    audit.record(caller, SUBJECT + ".merged", SUBJECT, Long.toString(id), details);
    audit.record(caller, SUBJECT + ".merged", SUBJECT, Long.toString(intoId), details);
    return view(rights, survivor);
  }

  /** Stores the candidate's CV, a PDF or Word document of at most 5 MB (HR). */
  public CandidateView uploadCv(Caller caller, long id, String fileName, byte[] content) {
    HiringAccess.Rights rights = access.of(caller);
    rights.requireHr("store CVs");
    Candidate candidate = current(id);
    String name = fileName == null || fileName.isBlank() ? "cv" : fileName.strip();
    if (name.length() > CvFile.NAME_MAX) {
      throw InvalidInputException.of(
          "filename", name, "takes at most " + CvFile.NAME_MAX + " characters");
    }
    if (content.length > CvFile.MAX_BYTES) {
      throw new org.cadre.services.common.TooLargeException(
          name + " is " + content.length + " bytes; a CV takes at most " + CvFile.MAX_BYTES + ".");
    }
    String type = cvType(content);
    if (type == null) {
      throw InvalidInputException.of(
          "file", name, "is not a PDF or Word (.docx) document, the kinds of CV Cadre keeps");
    }
    candidates.storeCv(id, new CvFile(name, type, content), Instant.now());
    audit.record(
        caller, SUBJECT + ".cv-stored", SUBJECT, candidate.id().toString(), "CV " + name + ".");
    return view(rights, candidate);
  }

  public CvView cv(Caller caller, long id) {
    HiringAccess.Rights rights = access.of(caller);
    Candidate candidate = find(id);
    requireReads(rights, candidate);
    CvFile cv =
        candidates
            .cv(id)
            .orElseThrow(() -> new NotFoundException("Candidate " + id + " has no CV."));
    return new CvView(cv.fileName(), cv.contentType(), cv.content());
  }

  /** Whether the caller may read the candidate: HR, who added them, or who sees an application. */
  boolean reads(HiringAccess.Rights rights, Candidate candidate) {
    if (rights.isHr() || candidate.createdBy().equals(rights.caller().username())) {
      return true;
    }
    for (Application application : applications.ofCandidate(candidate.id())) {
      Optional<Requisition> requisition = requisitions.find(application.requisitionId());
      if (requisition.isPresent() && rights.sees(application, requisition.get())) {
        return true;
      }
    }
    return false;
  }

  private void requireReads(HiringAccess.Rights rights, Candidate candidate) {
    if (!reads(rights, candidate)) {
      throw new AccessDeniedException(
          "You may see the candidates of the requisitions you run or interview for; candidate "
              + candidate.id()
              + " is not one of them.");
    }
  }

  private void refuseDuplicate(HiringAccess.Rights rights, CandidateDetails details) {
    for (Candidate known : candidates.lookingLike(details)) {
      Set<MatchedField> matched = DuplicateRule.matches(known.details(), details);
      if (!matched.isEmpty()) {
        List<String> fields = fields(matched);
        throw new DuplicateCandidateException(
            "Candidate "
                + known.id()
                + (rights.isHr() ? " (" + known.name() + ")" : "")
                + " has the same "
                + String.join(" and ", fields)
                + "; use that candidate"
                + (rights.isHr() ? ", or merge them" : "")
                + ". Nothing was created.",
            known.id(),
            fields);
      }
    }
  }

  private static List<String> fields(Set<MatchedField> matched) {
    List<String> fields = new ArrayList<>();
    for (MatchedField field : MatchedField.values()) {
      if (matched.contains(field)) {
        fields.addAll(field.fields());
      }
    }
    return fields;
  }

  private CandidateDetails details(CandidateCommand command) {
    CandidateCommand c =
        command == null ? new CandidateCommand(null, null, null, null, null, null, null) : command;
    HiringTerms terms = new HiringTerms();
    CandidateSource source = null;
    if (c.source() != null && !c.source().isBlank()) {
      source = CandidateSource.parse(c.source()).orElse(null);
      if (source == null) {
        terms.problem(
            "source",
            c.source(),
            "is not one of " + java.util.Arrays.toString(CandidateSource.values()));
      }
    }
    CandidateDetails details =
        new CandidateDetails(
            c.givenName(),
            c.familyName(),
            c.email(),
            c.phone(),
            source,
            c.links(),
            c.employeeNumber());
    details.problems().stream()
        .filter(p -> !("source".equals(p.field()) && c.source() != null && !c.source().isBlank()))
        .forEach(p -> terms.problem(p.field(), p.value(), p.reason()));
    if (details.employeeNumber() != null && employees.find(details.employeeNumber()).isEmpty()) {
      terms.problem(
          "employeeNumber", details.employeeNumber(), "is not an employee of the organisation");
    }
    terms.check();
    return details;
  }

  private static String changes(CandidateDetails before, CandidateDetails after) {
    List<String> changed = new ArrayList<>();
    compare(changed, "given name", before.givenName(), after.givenName());
    compare(changed, "family name", before.familyName(), after.familyName());
    compare(changed, "email", before.email(), after.email());
    compare(changed, "phone", before.phone(), after.phone());
    compare(changed, "source", before.source().label(), after.source().label());
    compare(changed, "links", before.links(), after.links());
    compare(changed, "employee number", before.employeeNumber(), after.employeeNumber());
    return changed.isEmpty() ? "Nothing changed." : String.join("; ", changed);
  }

  private static void compare(List<String> changed, String what, String before, String after) {
    if (!java.util.Objects.equals(before, after)) {
      changed.add(
          what + ": " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
    }
  }

  private static String cvType(byte[] content) {
    if (content.length > 5
        && content[0] == '%'
        && content[1] == 'P'
        && content[2] == 'D'
        && content[3] == 'F'
        && content[4] == '-') {
      return "application/pdf";
    }
    if (org.cadre.services.common.ByteSignatures.isZip(
        java.util.Arrays.copyOf(content, Math.min(8, content.length)))) {
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }
    return null;
  }

  private Candidate find(long id) {
    return candidates
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no candidate " + id + "."));
  }

  /** The candidate, neither merged nor anonymised. */
  Candidate current(long id) {
    Candidate candidate = find(id);
    candidate
        .whyGone()
        .ifPresent(
            reason -> {
              throw new ConflictException(reason);
            });
    return candidate;
  }

  static CandidateRow row(Candidate c) {
    CandidateDetails d = c.details();
    return new CandidateRow(
        c.id(),
        c.name(),
        d.email(),
        d.phone(),
        c.source().label(),
        d.employeeNumber() != null,
        c.createdAt());
  }

  CandidateView view(HiringAccess.Rights rights, Candidate c) {
    CandidateDetails d = c.details();
    Map<Long, BlueprintName> names = views.names();
    List<CandidateView.Application> own = new ArrayList<>();
    for (Application a : applications.ofCandidate(c.id())) {
      Requisition r = requisitions.find(a.requisitionId()).orElseThrow();
      if (rights.sees(a, r)) {
        own.add(
            new CandidateView.Application(
                a.id(),
                r.id(),
                RequisitionViews.title(names, r.blueprintId()),
                rights.scope().unit(r.unitCode()) == null
                    ? r.unitCode()
                    : rights.scope().unit(r.unitCode()).name(),
                a.stageName(),
                a.status().name(),
                a.status().label(),
                a.appliedAt()));
      }
    }
    return new CandidateView(
        c.id(),
        d.givenName(),
        d.familyName(),
        c.name(),
        d.email(),
        d.phone(),
        c.source().name(),
        c.source().label(),
        d.links(),
        d.employeeNumber(),
        d.employeeNumber() != null,
        c.mergedInto().orElse(null),
        c.anonymisedAt().orElse(null),
        c.createdBy(),
        c.createdAt(),
        candidates.cvFileName(c.id()).orElse(null),
        own);
  }
}
