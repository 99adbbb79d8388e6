package org.cadre.web.reporting;

import jakarta.ws.rs.QueryParam;
import org.cadre.services.reporting.WorkforcePackCommand;

/** The query of a pack answered at once: the same fields as a request's body, but the format. */
public class PackQuery {

  @QueryParam("orgUnit")
  private String orgUnit;

  @QueryParam("from")
  private String from;

  @QueryParam("to")
  private String to;

  @QueryParam("scenario")
  private String scenario;

  @QueryParam("detail")
  private String detail;

  @QueryParam("lang")
  private String lang;

  WorkforcePackCommand command(String format) {
    return new WorkforcePackCommand(null, orgUnit, from, to, scenario, detail, format, lang);
  }
}
