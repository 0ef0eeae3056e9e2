package org.jiuzhu.fasttrack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.jiuzhu.household.AssetKind;
import org.jiuzhu.household.Household;
import org.jiuzhu.household.HouseholdInput;
import org.jiuzhu.household.Member;
import org.jiuzhu.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 疫情结束后补办手续: the regular application (dibao-application) started with the household's data as the
 * applicant gave it, so its own steps check it in full. The clear ID and account numbers come out of the vault
 * only for the regular case's start, which puts them back in the same transaction; the regular case's outcome
 * comes back to the fast track.
 */
@Component("regularApplication")
class RegularApplication implements DelegateVariableMapping {

  /** The regular application's start fields that the fast-track case holds as given. */
  static final List<String> AS_GIVEN = List.of("applicantName", "applicantPhone", "townshipCode", "villageCode",
      "assistanceType", "residence", "singlePersonHousehold", "registeredPoorUnableToWork", "orphanGuarantee",
      "commitmentSigned");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PersonalDataVault vault;

  RegularApplication(PersonalDataVault vault) {
    this.vault = vault;
  }

  @Override
  public void mapInputVariables(DelegateExecution fastTrack, VariableMap regular) {
    AS_GIVEN.forEach(name -> regular.putValue(name, fastTrack.getVariable(name)));
    String applicantRef = (String) fastTrack.getVariable("applicantRef");
    regular.putValue("applicantIdNumber", vault.revealIdNumber(applicantRef));
    regular.putValue("bankAccount", vault.revealBankAccount(applicantRef));
    Household household = Household.fromKept((String) fastTrack.getVariable("household"));
    regular.putValue(HouseholdInput.MEMBERS, members(household));
    for (AssetKind kind : AssetKind.values()) {
      regular.putValue(kind.variable(), household.assets().getOrDefault(kind, BigDecimal.ZERO).toPlainString());
    }
    regular.putValue("fastTrackCaseNumber", fastTrack.getProcessBusinessKey());
  }

  @Override
  public void mapOutputVariables(DelegateExecution fastTrack, VariableScope regular) {
    fastTrack.setVariable("applicationCaseNumber", regular.getVariable("caseNumber"));
    // ENROLLED or REFUSED: the fast track's own outcome until a refusal becomes a recovery.
    fastTrack.setVariable("outcome", regular.getVariable("outcome"));
    for (String name : List.of("refusalReason", "monthlyBenefit", "dibaoCaseNumber")) {
      if (regular.getVariable(name) != null) {
        fastTrack.setVariable(name, regular.getVariable(name));
      }
    }
  }

  /** The members as an application lists them, with their clear ID numbers from the vault. */
  private String members(Household household) {
    List<Map<String, Object>> members = new ArrayList<>();
    for (Member m : household.members()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("relation", m.relation().name());
      row.put("idNumber", vault.revealIdNumber(m.idNumber()));
      row.put("monthlyIncome", m.monthlyIncome().toPlainString());
      row.put("worksAway", m.worksAway());
      row.put("disabilityGrade", m.disabilityGrade());
      row.put("disabilityKind", m.disabilityKind() == null ? null : m.disabilityKind().name());
      row.put("seriousIllness", m.seriousIllness());
      members.add(row);
    }
    try {
      return JSON.writeValueAsString(members);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a household of plain values is always JSON", e);
    }
  }
}
