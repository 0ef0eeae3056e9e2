package org.jiuzhu.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.RestCalls.ok;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.jiuzhu.RestCalls;
import org.jiuzhu.unemployed.P1Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A village and its clerk added by an admin over the REST API (as the Admin app does) work without a restart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentityChangesFollowTest {

  private static final String VILLAGE = "village-220102001099";

  @LocalServerPort int port;
  @Autowired AuthorizationService authorizations;

  @Test
  void aNewVillageAndItsClerkWorkAtOnceAndAMovedClerkLosesTheOldUnit() throws Exception {
    RestCalls rest = new RestCalls(port);
    ok(rest.as("demo", "POST", "/engine-rest/group/create",
        "{\"id\":\"" + VILLAGE + "\",\"name\":\"新建村\",\"type\":\"WORKFLOW\"}"));
    ok(rest.as("demo", "POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"clerk99\",\"firstName\":\"新\",\"lastName\":\"李\",\"email\":\"clerk99@example.org\"},"
            + "\"credentials\":{\"password\":\"demo\"}}"));
    ok(rest.as("demo", "PUT", "/engine-rest/group/" + VILLAGE + "/members/clerk99", null));

    assertThat(filterNames(rest, "clerk99")).contains("我的待办", "本单位待办");
    assertThat(authorizations.isUserAuthorized("clerk99", List.of(VILLAGE), Permissions.ACCESS, Resources.APPLICATION,
        "tasklist")).isTrue();
    assertThat(authorizations.isUserAuthorized("clerk99", List.of(VILLAGE), ProcessDefinitionPermissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, P1Fixtures.KEY)).isTrue();

    // Moved out of the village: its filter and its rights go with the membership.
    ok(rest.as("demo", "DELETE", "/engine-rest/group/" + VILLAGE + "/members/clerk99", null));
    assertThat(filterNames(rest, "clerk99")).contains("我的待办").doesNotContain("本单位待办");
    HttpResponse<String> start = rest.as("clerk99", "GET", "/engine-rest/process-definition/key/" + P1Fixtures.KEY, null);
    assertThat(start.statusCode()).isIn(403, 404);
  }

  private static List<String> filterNames(RestCalls rest, String user) throws Exception {
    List<String> names = new ArrayList<>();
    ok(rest.as(user, "GET", "/engine-rest/filter?resourceType=Task", null)).forEach(f -> names.add(f.get("name").asText()));
    return names;
  }
}
