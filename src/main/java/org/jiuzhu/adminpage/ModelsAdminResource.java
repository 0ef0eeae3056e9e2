package org.jiuzhu.adminpage;

import java.util.List;

import org.camunda.bpm.admin.resource.AbstractAdminPluginResource;
import org.jiuzhu.deployment.ModelAdministration;
import org.jiuzhu.migration.CaseMigration;
import org.springframework.context.ApplicationContext;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The page's calls; the same answers as /api/admin/models and /api/admin/migrations. */
@Produces(MediaType.APPLICATION_JSON)
public class ModelsAdminResource extends AbstractAdminPluginResource {

  private final ModelAdministration models;
  private final CaseMigration migration;

  ModelsAdminResource(String engineName, ApplicationContext spring) {
    super(engineName);
    this.models = spring.getBean(ModelAdministration.class);
    this.migration = spring.getBean(CaseMigration.class);
  }

  public record ExportRequest(List<String> resources) {
  }

  public record MigrationRequest(String processKey, int sourceVersion) {
  }

  @GET
  @Path("models")
  public ModelAdministration.Status status() {
    return models.status();
  }

  @POST
  @Path("models/reload")
  public ModelAdministration.Reloaded reload(@QueryParam("replaceDrifted") boolean replaceDrifted) {
    return models.reload(replaceDrifted);
  }

  @POST
  @Path("models/export")
  @Consumes(MediaType.APPLICATION_JSON)
  public ModelAdministration.Exported export(ExportRequest request) {
    return models.export(request == null || request.resources() == null ? List.of() : request.resources());
  }

  @GET
  @Path("migrations/procedures")
  public List<CaseMigration.Procedure> procedures() {
    return migration.procedures();
  }

  @GET
  @Path("migrations/plan")
  public CaseMigration.Plan plan(@QueryParam("processKey") String processKey, @QueryParam("sourceVersion") int sourceVersion) {
    return migration.plan(processKey, sourceVersion);
  }

  @POST
  @Path("migrations")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseMigration.Started migrate(MigrationRequest request) {
    return migration.migrate(request.processKey(), request.sourceVersion());
  }
}
