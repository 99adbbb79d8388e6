package org.cadre.domain.hiring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;

/** Candidates and their CVs as stored. */
public interface CandidateRepository {

  Optional<Candidate> find(long id);

  /**
   * Candidates neither merged nor anonymised who share the email key or the name-and-phone key of
   * the details ({@link DuplicateRule}), oldest first.
   */
  List<Candidate> lookingLike(CandidateDetails details);

  /** Every candidate neither merged nor anonymised, as imports compare their rows with them. */
  List<CandidateRecord> current();

  /** Candidates neither merged nor anonymised whose name or email contains the text, by name. */
  Page<Candidate> search(String text, PageRequest page);

  /** Every pair of current candidates who share an email key or a name-and-phone key. */
  List<CandidatePair> duplicatePairs(int limit);

  /**
   * Candidates not anonymised, created before the cutoff, with no application active or ended since
   * the cutoff: those the retention period has passed for.
   */
  List<Long> pastRetention(Instant cutoff, int limit);

  void add(Candidate candidate);

  void flush();

  Optional<CvFile> cv(long candidateId);

  /** The CV's file name, without reading the file. */
  Optional<String> cvFileName(long candidateId);

  /** Stores or replaces the candidate's CV. */
  void storeCv(long candidateId, CvFile cv, Instant at);

  void deleteCv(long candidateId);
}
