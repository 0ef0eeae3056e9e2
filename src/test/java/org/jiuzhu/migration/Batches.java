package org.jiuzhu.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.batch.Batch;

/** The tests run with the job executor off: they do what it does with a batch. */
final class Batches {

  private Batches() {
  }

  /** Its seed job, then its jobs (the migrations), then its monitor job, which ends it. */
  static void run(ManagementService management, String batchId) {
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
        batch.getMonitorJobDefinitionId())) {
      management.createJobQuery().jobDefinitionId(definition).list().forEach(j -> management.executeJob(j.getId()));
    }
    assertThat(management.createBatchQuery().batchId(batchId).count()).as("batch done").isZero();
  }
}
