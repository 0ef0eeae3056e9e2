package org.jiuzhu.supervision;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.calendar.WorkingDays;
import org.jiuzhu.org.OrgUnit;
import org.jiuzhu.org.OrgUnits;
import org.springframework.context.ApplicationContext;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

/**
 * {@code GET .../jiuzhu-overdue/{engine}/steps?firstResult=&maxResults=}: the 逾期督办 page of the logged-in user
 * ({@link OverdueBoard}); {@code POST .../steps/{taskId}/urge} with an optional {@code {"note": …}}: 催办
 * ({@link StepUrging}). Both run under the webapp's login, the POST behind its CSRF check.
 */
public class OverdueStepsResource extends AbstractCockpitPluginResource {

  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 100;

  private final WorkingDays workingDays;
  private final OrgUnits orgUnits;
  private final StepUrging urging;

  OverdueStepsResource(String engineName, ApplicationContext beans) {
    super(engineName);
    this.workingDays = beans.getBean(WorkingDays.class);
    this.orgUnits = beans.getBean(OrgUnits.class);
    this.urging = beans.getBean(StepUrging.class);
  }

  public record UrgeRequest(String note) {
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public OverdueBoard steps(@QueryParam("firstResult") Integer firstResult, @QueryParam("maxResults") Integer maxResults) {
    int first = firstResult == null ? 0 : firstResult;
    int max = maxResults == null ? DEFAULT_PAGE : maxResults;
    if (first < 0 || max < 1 || max > MAX_PAGE) {
      throw new RestException(Status.BAD_REQUEST, "分页参数有误：每页 1 至 " + MAX_PAGE + " 条");
    }
    Authentication caller = getCurrentAuthentication();
    if (caller == null) {
      throw new RestException(Status.UNAUTHORIZED, "请先登录");
    }
    Date now = Date.from(ChinaClock.now());
    LocalDate today = ChinaClock.today();
    Date dueBefore = Date.from(today.plusDays(1).atStartOfDay(ChinaClock.ZONE).toInstant());
    // The counts cover every township and procedure of the caller's area: few rows, whatever the page size.
    OverdueStepQuery counts = ReadableTasks.by(new OverdueStepQuery(now, dueBefore, 0, Integer.MAX_VALUE),
        caller.getUserId(), caller.getGroupIds());
    counts.disableMaxResultsLimit();
    List<StepCountRow> countRows = getQueryService().executeQuery("jiuzhu.overdue.selectOverdueStepCounts", counts);
    List<OverdueStepRow> page = getQueryService().executeQuery("jiuzhu.overdue.selectOverdueSteps",
        ReadableTasks.by(new OverdueStepQuery(now, dueBefore, first, max), caller.getUserId(), caller.getGroupIds()));
    Map<String, String> names = new HashMap<>();
    Function<String, String> unitName = code -> names.computeIfAbsent(code,
        c -> orgUnits.find(c).map(OrgUnit::name).orElse(c));
    return OverdueBoard.of(now, today, countRows, page, workingDays::workingDaysOverdue, unitName, first, max);
  }

  @POST
  @Path("{taskId}/urge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public StepUrging.Urged urge(@PathParam("taskId") String taskId, UrgeRequest request) {
    return urging.urge(taskId, request == null ? null : request.note());
  }
}
