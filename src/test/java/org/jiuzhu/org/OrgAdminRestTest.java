package org.jiuzhu.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.jiuzhu.RestCalls;
import org.jiuzhu.standards.LocalStandards;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Admins register units and local standards over /api with every rule checked; nobody else may. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrgAdminRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired OrgUnits units;
  @Autowired LocalStandards standards;
  @Autowired IdentityService identity;

  @Test
  void anAdminRegistersAVillageWhoseGroupWorksAtOnce() throws Exception {
    RestCalls rest = new RestCalls(port);
    String village = "{\"code\":\"220102001077\",\"name\":\"新民村\",\"level\":\"VILLAGE\",\"parentCode\":\"220102001\"}";
    assertThat(rest.as("clerk1", "POST", "/api/admin/org-units", village).statusCode()).isEqualTo(403);

    HttpResponse<String> added = rest.as("demo", "POST", "/api/admin/org-units", village);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(units.find("220102001077")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("新民村"));
    assertThat(identity.createGroupQuery().groupId("village-220102001077").singleResult().getName()).isEqualTo("新民村");

    HttpResponse<String> again = rest.as("demo", "POST", "/api/admin/org-units", village);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(fields(again)).containsExactly("code");
    HttpResponse<String> wrong = rest.as("demo", "POST", "/api/admin/org-units",
        "{\"code\":\"220102002078\",\"name\":\"\",\"level\":\"VILLAGE\",\"parentCode\":\"220102001\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(fields(wrong)).containsExactlyInAnyOrder("name", "code");
    assertThat(fields(rest.as("demo", "POST", "/api/admin/org-units",
        "{\"code\":\"22010200\",\"name\":\"x\",\"level\":\"TOWNSHIP\",\"parentCode\":\"220102001\"}")))
        .containsExactlyInAnyOrder("code", "parentCode");
    assertThat(units.find("220102002078")).isEmpty();
  }

  @Test
  void anAdminSetsACountysStandardsFromADate() throws Exception {
    RestCalls rest = new RestCalls(port);
    String standard = "{\"countyCode\":\"220102\",\"effectiveFrom\":\"2030-01-01\",\"urbanDibao\":\"812.50\","
        + "\"ruralDibao\":\"560.00\",\"minimumWage\":\"2000.00\"}";
    assertThat(rest.as("officer1", "POST", "/api/admin/local-standards", standard).statusCode()).isEqualTo(403);

    HttpResponse<String> added = rest.as("demo", "POST", "/api/admin/local-standards", standard);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(standards.inForce("220102", LocalDate.of(2030, 1, 1)))
        .hasValueSatisfying(s -> assertThat(s.urbanDibao()).isEqualByComparingTo("812.50"));
    assertThat(standards.inForce("220102", LocalDate.of(2029, 12, 31)))
        .hasValueSatisfying(s -> assertThat(s.urbanDibao()).isNotEqualByComparingTo("812.50"));

    assertThat(fields(rest.as("demo", "POST", "/api/admin/local-standards", standard))).containsExactly("effectiveFrom");
    HttpResponse<String> bad = rest.as("demo", "POST", "/api/admin/local-standards",
        "{\"countyCode\":\"220199\",\"effectiveFrom\":\"2031-01-01\",\"urbanDibao\":\"-1\",\"ruralDibao\":\"1.001\","
            + "\"minimumWage\":null}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(fields(bad)).containsExactlyInAnyOrder("countyCode", "urbanDibao", "ruralDibao", "minimumWage");
    assertThat(JSON.readTree(rest.as("demo", "GET", "/api/admin/local-standards?countyCode=220102", null).body())
        .get(0).get("effectiveFrom").asText()).isEqualTo("2030-01-01");
  }

  private static List<String> fields(HttpResponse<String> response) throws Exception {
    List<String> fields = new ArrayList<>();
    for (JsonNode problem : JSON.readTree(response.body()).path("problems")) {
      fields.add(problem.get("field").asText());
    }
    return fields;
  }
}
