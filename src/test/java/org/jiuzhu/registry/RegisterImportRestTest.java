package org.jiuzhu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.jiuzhu.RestCalls;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** POST /api/registers/imports over HTTP: admins only, all or nothing, every bad line reported, audited. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegisterImportRestTest {

  static final String PATH = "/api/registers/imports";
  static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  @LocalServerPort int port;
  @Autowired Registers registers;
  @Autowired PersonalDataVault vault;
  @Autowired JdbcClient jdbc;

  RestCalls rest;

  @BeforeEach
  void setUp() {
    rest = new RestCalls(port);
  }

  @Test
  void anAdminImportsAListAndEveryCheckSeesIt() throws Exception {
    String a = P1Fixtures.idNumber();
    String b = P1Fixtures.idNumber();
    HttpResponse<String> response = post("demo", RegisterCsv.HEADER + "\n"
        + a + ",DIBAO,11,110105,2025-01-01,\n"
        + b + ",TEKUN,22,220102,2024-01-01,2025-03-31\n");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(new ObjectMapper().readTree(response.body()).get("imported").asInt()).isEqualTo(2);
    assertThat(registers.enrolledOn(vault.hashOf(a), DAY)).containsExactly(RegisterType.DIBAO);
    assertThat(registers.enrolledOn(vault.hashOf(b), DAY)).isEmpty();
    assertThat(registers.enrolledOn(vault.hashOf(b), LocalDate.of(2025, 3, 31))).containsExactly(RegisterType.TEKUN);
    assertAuditedWithoutNumbers(a, b);
  }

  @Test
  void anAdminImportsThePovertyListWithTheCapacityToWorkAndABadLineStoresNothing() throws Exception {
    String poor = P1Fixtures.idNumber();
    String monitored = P1Fixtures.idNumber();
    HttpResponse<String> response = post("demo", RegisterCsv.HEADER_WITH_WORK_CAPACITY + "\n"
        + poor + ",POOR,22,220102,2019-01-01,,NONE\n"
        + monitored + ",MONITORED,22,220102,2021-01-01,,FULL\n");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(registers.poorUnableToWork(vault.hashOf(poor), DAY)).isTrue();
    assertThat(registers.enrolledOn(vault.hashOf(monitored), DAY)).containsExactly(RegisterType.MONITORED);

    String fresh = P1Fixtures.idNumber();
    HttpResponse<String> bad = post("demo", RegisterCsv.HEADER_WITH_WORK_CAPACITY + "\n"
        + fresh + ",POOR,22,220102,2019-01-01,,NONE\n"
        + monitored + ",POOR,22,220102,2019-01-01,,\n");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body()).contains("work_capacity").doesNotContain(monitored);
    assertThat(registers.enrolledOn(vault.hashOf(fresh), DAY)).isEmpty();
  }

  @Test
  void oneBadLineOrOneAlreadyEnrolledPersonStoresNothingAndEveryProblemIsNamed() throws Exception {
    String enrolled = P1Fixtures.idNumber();
    registers.enrol(new Enrolment(vault.hashOf(enrolled), RegisterType.DIBAO, "22", "220102", DAY, null));
    String fresh = P1Fixtures.idNumber();
    String twice = P1Fixtures.idNumber();

    HttpResponse<String> response = post("demo", RegisterCsv.HEADER + "\n"
        + fresh + ",DIBAO,22,220102,2025-01-01,\n"
        + enrolled + ",TEKUN,22,220103,2025-01-01,\n"
        + twice + ",DIBAO,21,210102,2025-01-01,\n"
        + twice + ",TEKUN,21,210103,2025-02-01,\n");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode problems = new ObjectMapper().readTree(response.body()).get("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(3);
    assertThat(problems.get(0).get("field").asText()).isEqualTo("id_number");
    assertThat(problems.get(1).get("line").asInt()).isEqualTo(5);
    assertThat(registers.enrolledOn(vault.hashOf(fresh), DAY)).as("all or nothing").isEmpty();
    assertThat(registers.enrolledOn(vault.hashOf(twice), DAY)).isEmpty();

    HttpResponse<String> malformed = post("demo", RegisterCsv.HEADER + "\n" + fresh + ",DIBAO,22,220102,2025-13-01,\n");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("\"line\":2", "\"field\":\"from\"").doesNotContain(fresh);
  }

  @Test
  void onlyAdminsImport() throws Exception {
    String id = P1Fixtures.idNumber();
    assertThat(post("officer1", RegisterCsv.HEADER + "\n" + id + ",DIBAO,22,220102,2025-01-01,\n").statusCode())
        .isEqualTo(403);
    assertThat(post(null, RegisterCsv.HEADER + "\n").statusCode()).isEqualTo(401);
    assertThat(registers.enrolledOn(vault.hashOf(id), DAY)).isEmpty();
  }

  private HttpResponse<String> post(String user, String csv) throws Exception {
    return rest.call("POST", PATH, csv, user == null ? null : user + ":demo", "text/csv");
  }

  private void assertAuditedWithoutNumbers(String... ids) {
    String details = String.join("\n", jdbc.sql("SELECT detail FROM audit_event WHERE business_key = ? AND user_id = ?")
        .params(RegisterImport.AUDIT_KEY, "demo").query(String.class).list());
    assertThat(details).contains("导入2条");
    for (String id : ids) {
      assertThat(details).doesNotContain(id);
    }
  }
}
