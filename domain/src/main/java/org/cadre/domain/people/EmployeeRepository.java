package org.cadre.domain.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.planning.Incumbent;

/** The people of the organisation as stored, written in bulk by employee number. */
public interface EmployeeRepository {

  Optional<Employee> find(String number);

  /** Employees matching the search, by family name, given name and number. */
  Page<Employee> search(EmployeeSearch search, PageRequest page);

  /** Every employee, by number. */
  List<Employee> all();

  /** The names ("given family") of the employees with these numbers, by number. */
  Map<String, String> namesByNumber(Collection<String> numbers);

  /** Each employee's id by employee number. */
  Map<String, Long> idsByNumber();

  /** People in post on the day and their FTE, per org unit code (each unit on its own). */
  Map<String, Headcount> headcountByUnit(LocalDate day);

  /**
   * The people holding a blueprint, as headcount planning counts them.
   *
   * @param unitCodes the units to read; null for every unit
   */
  List<Incumbent> incumbents(Collection<String> unitCodes);

  void insert(List<EmployeeRecord> employees, Instant at);

  /** Replaces what is stored about employees that exist, by number. */
  void update(List<EmployeeRecord> employees, Instant at);
}
