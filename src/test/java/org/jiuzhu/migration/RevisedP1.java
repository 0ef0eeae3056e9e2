package org.jiuzhu.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jiuzhu.deployment.ModelFolders;
import org.jiuzhu.deployment.ModelsProperties;

/**
 * A revision of P1 as an admin would make it: the village step is renamed and bound to a new form, with a longer
 * time limit; a new step, 民主评议, follows it; and the village's 督办 step gets a new id, so a case with an open
 * 督办 has nothing to move to. Each step declares its fields, as every model must.
 */
final class RevisedP1 {

  static final String BPMN = "p1-temporary-assistance-unemployed.bpmn";
  static final String VILLAGE_STEP = "Task_VerifyInVillage";
  static final String VILLAGE_STEP_NAME = "村（社区）入户调查核实";
  static final String VILLAGE_FORM = "Form_P1VillageVisit";
  static final String NEW_STEP = "Task_VillageReview";
  static final String NEW_STEP_NAME = "村（社区）民主评议";
  static final String OLD_SUPERVISION = "Task_SuperviseVillageOverdue";
  static final String NEW_SUPERVISION = "Task_SuperviseVillageLate";

  private static final String NEW_STEP_XML = """
      <bpmn:userTask id="Task_VillageReview" name="村（社区）民主评议" camunda:candidateGroups="village-${villageCode}">
        <bpmn:extensionElements>
          <camunda:properties>
            <camunda:property name="field" value="villageReviewOpinion | memo 2000 | 民主评议意见" />
            <camunda:property name="audit" value="villageReviewOpinion" />
          </camunda:properties>
        </bpmn:extensionElements>
        <bpmn:incoming>Flow_Verified</bpmn:incoming>
        <bpmn:outgoing>Flow_VillageReviewed</bpmn:outgoing>
      </bpmn:userTask>
      <bpmn:sequenceFlow id="Flow_VillageReviewed" sourceRef="Task_VillageReview" targetRef="SubProcess_ReviewInTownship" />
      <bpmn:sequenceFlow id="Flow_ToEligibility\"""";

  private RevisedP1() {
  }

  /** The model folders under root with the revision in place of P1, and the village step's new form. */
  static ModelsProperties write(Path root) {
    ModelsProperties folders = ModelFolders.copyOfRealModels(root);
    try {
      Path bpmn = folders.processes().resolve(BPMN);
      String revised = replace(Files.readString(bpmn),
          "name=\"村（社区）调查核实\" camunda:formRef=\"Form_P1VillageVerification\"",
          "name=\"" + VILLAGE_STEP_NAME + "\" camunda:formRef=\"" + VILLAGE_FORM + "\"");
      revised = replace(revised, "workingDays.due(3)", "workingDays.due(5)");
      revised = replace(revised, OLD_SUPERVISION, NEW_SUPERVISION);
      revised = replace(revised, "sourceRef=\"Gateway_VerifiedByVillage\" targetRef=\"SubProcess_ReviewInTownship\"",
          "sourceRef=\"Gateway_VerifiedByVillage\" targetRef=\"" + NEW_STEP + "\"");
      revised = replace(revised, "<bpmn:incoming>Flow_Verified</bpmn:incoming>",
          "<bpmn:incoming>Flow_VillageReviewed</bpmn:incoming>");
      revised = replace(revised, "<bpmn:sequenceFlow id=\"Flow_ToEligibility\"", NEW_STEP_XML.strip());
      Files.writeString(bpmn, revised);
      Files.writeString(folders.forms().resolve("p1-village-visit.form"), replace(
          Files.readString(folders.forms().resolve("p1-village-verification.form")),
          "\"id\": \"Form_P1VillageVerification\"", "\"id\": \"" + VILLAGE_FORM + "\""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folders;
  }

  private static String replace(String text, String what, String with) {
    if (!text.contains(what)) {
      throw new IllegalStateException("P1 no longer has " + what + ": revise RevisedP1 with it");
    }
    return text.replace(what, with);
  }
}
