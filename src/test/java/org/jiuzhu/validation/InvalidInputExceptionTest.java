package org.jiuzhu.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What people are told of broken rules: the fields by the labels on their forms, every problem in one sentence. */
class InvalidInputExceptionTest {

  private final InvalidInputException refused = new InvalidInputException("复核意见", List.of(
      new Problem("approvedAmount", "本县该急难程度的救助金额不超过800.00元"), new Problem("townshipOpinion", "必填")));

  @Test
  void peopleReadTheLabelsWhileTheMessageKeepsTheVariableNames() {
    InvalidInputException labelled = refused.labelled(Map.of("approvedAmount", "救助金额（元）", "townshipOpinion", "复核意见"));

    assertThat(labelled.forPeople())
        .isEqualTo("复核意见不符合要求：救助金额（元）：本县该急难程度的救助金额不超过800.00元；复核意见：必填");
    assertThat(labelled.getMessage()).contains("approvedAmount：", "townshipOpinion：");
    assertThat(labelled.problems()).isEqualTo(refused.problems());
  }

  @Test
  void aFieldWithoutLabelKeepsItsName() {
    assertThat(refused.labelled(Map.of("approvedAmount", "救助金额（元）")).forPeople()).contains("townshipOpinion：必填");
    assertThat(refused.forPeople()).isEqualTo(refused.getMessage());
  }
}
