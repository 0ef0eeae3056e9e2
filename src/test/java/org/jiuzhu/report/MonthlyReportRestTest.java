package org.jiuzhu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;

import org.jiuzhu.RestCalls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The report's CSV and page, and who may read them; the figures are stored directly (their computation has its own test). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonthlyReportRestTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  RestCalls rest;

  @BeforeEach
  void setUp() {
    rest = new RestCalls(port);
    jdbc.sql("DELETE FROM monthly_report WHERE report_month = '2025-01'").update();
    jdbc.sql("""
            INSERT INTO monthly_report (county_code, report_month, procedure_key, received, granted, refused,
              amount_paid, steps_done, step_working_days, overdue_steps, computed_at)
            VALUES ('220102', '2025-01', 'emergency-assistance', 3, 2, 1, 1500.50, 4, 6, 1, ?)""")
        .param(OffsetDateTime.now()).update();
  }

  @Test
  void csvHasABomChineseHeadingsAndTheCountysFigures() throws Exception {
    HttpResponse<byte[]> csv = bytes("officer1", "/api/reports/220102/2025-01.csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
    assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("""
        统计月份,单位代码,单位名称,救助类别,受理件数,给予救助件数,不予救助件数,发放金额（元）,平均每环节用时（工作日）,逾期环节数\r
        2025-01,220102,南关区,急难型临时救助,3,2,1,1500.50,1.5,1\r
        """);
  }

  @Test
  void theCitysPageSumsItsCountiesWithoutScript() throws Exception {
    HttpResponse<String> page = rest.as("supervisor2", "GET", "/api/reports/2201/2025-01", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("长春市 2025年01月 社会救助统计", "急难型临时救助", "1500.50", "下载CSV")
        .doesNotContain("<script");
  }

  @Test
  void onlyTheUnitsStaffSupervisorsAndAdminsRead() throws Exception {
    assertThat(rest.as("supervisor1", "GET", "/api/reports/220102/2025-01", null).statusCode()).isEqualTo(200);
    assertThat(rest.as("demo", "GET", "/api/reports/2201/2025-01.csv", null).statusCode()).isEqualTo(200);
    assertThat(rest.as("clerk1", "GET", "/api/reports/220102/2025-01", null).statusCode()).isEqualTo(403);
    assertThat(rest.as("reviewer1", "GET", "/api/reports/220102/2025-01.csv", null).statusCode()).isEqualTo(403);
    // A county's officer reads the county's report, not the city's.
    assertThat(rest.as("officer1", "GET", "/api/reports/2201/2025-01", null).statusCode()).isEqualTo(403);
    assertThat(rest.as(null, "GET", "/api/reports/220102/2025-01", null).statusCode()).isEqualTo(401);
    assertThat(rest.as("demo", "GET", "/api/reports/220102001/2025-01", null).statusCode()).isEqualTo(404);
  }

  private HttpResponse<byte[]> bytes(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
