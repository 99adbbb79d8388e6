package org.cadre.domain.competency;

/** A person inside the company who could fill a seat, with their readiness for its blueprint. */
public record Candidate(PersonSkills person, Readiness readiness) {}
