package org.cadre.web.hiring;

import java.io.Serializable;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.services.hiring.CandidateCommand;

/** A new candidate's fields as a form edits them. */
public class CandidateForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String givenName;
  private String familyName;
  private String email;
  private String phone;
  private String source = CandidateSource.REFERRAL.name();
  private String links;

  CandidateCommand command() {
    return new CandidateCommand(givenName, familyName, email, phone, source, links, null);
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getLinks() {
    return links;
  }

  public void setLinks(String links) {
    this.links = links;
  }
}
