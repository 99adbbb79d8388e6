package org.cadre.services.hiring;

import java.util.List;

/**
 * What scheduling an interview takes: the stage (a stage name of the requisition), the
 * interviewers' usernames and the time ({@code 2027-03-01T14:00:00Z}).
 */
public record InterviewCommand(String stage, List<String> interviewers, String scheduledAt) {}
