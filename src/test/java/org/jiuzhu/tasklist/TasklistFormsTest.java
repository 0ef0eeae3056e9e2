package org.jiuzhu.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiuzhu.tasklist.FormSchemas.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every form against what Tasklist 7.24 and its form-js 1.8.7 can render and submit, without a browser. */
class TasklistFormsTest {

  /** P1's start variables in CONTRACT.md. */
  static final String P1_START_VARIABLES = "applicantName,applicantIdNumber,applicantPhone,townshipCode,villageCode,"
      + "bankAccount,hardshipDescription,employerName,employerAddress,jobTitle,witnesses,monthsWithoutIncome,"
      + "coveredByUnemploymentInsurance,commitmentSigned";

  static List<Path> forms() {
    return FormSchemas.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void noFormHasARepeatingList(Path form) {
    // Tasklist 7.24 disables Start/Complete while form-js's errors object has any key; a field in a repeating
    // list leaves {fieldId: []} there after its first edit, so the button greys out for good.
    assertThat(components(read(form)))
        .filteredOn(c -> c.type().equals("dynamiclist") && c.node().path("isRepeating").asBoolean(false))
        .extracting(Component::id)
        .isEmpty();
  }

  /** The start variables CONTRACT.md declares: a start with any other variable name is refused. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "p1-application.form | " + P1_START_VARIABLES,
      "p2-application.form | applicantName,applicantIdNumber,applicantPhone,bankAccount,townshipCode,"
          + "emergencyDescription,epidemic,recipientCategory,commitmentSigned",
      "p3-application.form | applicantName,applicantIdNumber,applicantPhone,bankAccount,townshipCode,villageCode,"
          + "expenditureDescription,dibaoOrTekun,commitmentSigned"})
  void startFormsSubmitOnlyDeclaredStartVariables(String form, String declared) {
    assertThat(submittedVariables(read(FOLDER.resolve(form)))).isSubsetOf(declared.split(","));
  }
}
