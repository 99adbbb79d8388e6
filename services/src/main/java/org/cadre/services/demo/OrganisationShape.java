package org.cadre.services.demo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the demo organisation looks like ({@code demo/organisation.json}): its units, the blueprint
 * each head holds, each team's size, city and mix of blueprints, and the names people are given.
 */
record OrganisationShape(
    List<Division> divisions,
    List<String> cities,
    List<String> givenNames,
    List<String> familyNames) {

  private static final String RESOURCE = "/demo/organisation.json";

  /**
   * @param head the title of the blueprint the division's head holds
   */
  record Division(
      String code, String name, String costCentre, String head, List<Department> departments) {}

  record Department(String code, String name, String costCentre, String head, List<Team> teams) {}

  /**
   * @param size people in the team, heads of its division and department included when it is their
   *     first team
   * @param lead the title of the blueprint the team's manager holds
   * @param members the blueprints the other members hold, each with its weight
   */
  record Team(String code, String name, String city, int size, String lead, List<Share> members) {}

  /** A blueprint, by title, held by {@code weight} in the sum of a team's weights of its people. */
  record Share(String blueprint, int weight) {}

  static OrganisationShape read() {
    JsonObject json = DemoResources.object(RESOURCE);
    return new OrganisationShape(
        json.getJsonArray("divisions").getValuesAs(JsonObject.class).stream()
            .map(OrganisationShape::division)
            .toList(),
        strings(json.getJsonArray("cities")),
        strings(json.getJsonArray("givenNames")),
        strings(json.getJsonArray("familyNames")));
  }

  /** Every blueprint title the shape names, heads' and members'. */
  Set<String> blueprintTitles() {
    Set<String> titles = new LinkedHashSet<>();
    for (Division division : divisions) {
      titles.add(division.head());
      for (Department department : division.departments()) {
        titles.add(department.head());
        for (Team team : department.teams()) {
          titles.add(team.lead());
          team.members().forEach(share -> titles.add(share.blueprint()));
        }
      }
    }
    return titles;
  }

  private static Division division(JsonObject json) {
    return new Division(
        json.getString("code"),
        json.getString("name"),
        json.getString("costCentre"),
        json.getString("head"),
        json.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
            .map(OrganisationShape::department)
            .toList());
  }

  private static Department department(JsonObject json) {
    return new Department(
        json.getString("code"),
        json.getString("name"),
        json.getString("costCentre"),
        json.getString("head"),
        json.getJsonArray("teams").getValuesAs(JsonObject.class).stream()
            .map(OrganisationShape::team)
            .toList());
  }

  private static Team team(JsonObject json) {
    return new Team(
        json.getString("code"),
        json.getString("name"),
        json.getString("city"),
        json.getInt("size"),
        json.getString("lead"),
        json.getJsonArray("members").getValuesAs(JsonArray.class).stream()
            .map(share -> new Share(share.getString(0), share.getInt(1)))
            .toList());
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
