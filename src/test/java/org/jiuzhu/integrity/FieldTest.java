package org.jiuzhu.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiuzhu.calendar.ChinaClock;
import org.jiuzhu.validation.Problem;
import org.junit.jupiter.api.Test;

/** The declared types and bounds, and what a step admits, without an engine. */
class FieldTest {

  private static String problem(String declaration, Object value) {
    return Field.parse("x | " + declaration).problem(value).orElse(null);
  }

  @Test
  void textIsBoundedAndFreeOfControlCharacters() {
    assertThat(problem("text 5", "王秀英")).isNull();
    assertThat(problem("text 5", "王秀英王秀英")).contains("不能超过5个字");
    assertThat(problem("text 50", "张三\u0000")).contains("控制字符");
    assertThat(problem("text 50", "张三\u202Eevil")).contains("控制字符");
    assertThat(problem("text 50", "第一行\n第二行")).contains("控制字符");
    assertThat(problem("memo 50", "第一行\r\n第二行\t完")).isNull();
    assertThat(problem("memo 50", "退格\b")).contains("控制字符");
    assertThat(problem("text 5", 12)).isEqualTo("须为文字");
  }

  @Test
  void numbersAndMoneyKeepToTheirRange() {
    assertThat(problem("integer 0..120", 4L)).isNull();
    assertThat(problem("integer 0..120", "4")).isNull();
    assertThat(problem("integer 0..120", 121)).contains("0至120");
    assertThat(problem("integer 0..120", -1)).contains("0至120");
    assertThat(problem("integer 0..120", 2.5)).isEqualTo("须为整数");
    assertThat(problem("yuan 0..1000", "800.00")).isNull();
    assertThat(problem("yuan 0..1000", 800)).isNull();
    assertThat(problem("yuan 0..1000", "1000.01")).contains("0至1000");
    assertThat(problem("yuan 0..1000", "0.001")).contains("两位小数");
    assertThat(problem("yuan 0..1000", "1e3")).isNull();
    assertThat(problem("yuan 0..1000", "abc")).contains("金额");
  }

  @Test
  void datesStayWithinTheirWindowFromToday() {
    String today = ChinaClock.today().toString();
    assertThat(problem("date -31..731", today)).isNull();
    assertThat(problem("date -31..731", today + "T00:00:00")).isNull();
    assertThat(problem("date -31..731", "2099-01-01")).contains("之间");
    assertThat(problem("date -31..731", "1999-01-01")).contains("之间");
    assertThat(problem("date -31..731", "2026-13-01")).contains("yyyy-MM-dd");
    assertThat(problem("date -31..731", "2026-1-1")).contains("yyyy-MM-dd");
  }

  @Test
  void choicesListsAndNumbers() {
    assertThat(problem("choice GENERAL,SERIOUS", "SERIOUS")).isNull();
    assertThat(problem("choice GENERAL,SERIOUS", "serious")).contains("GENERAL、SERIOUS");
    assertThat(problem("boolean", "true")).isNull();
    assertThat(problem("boolean", "yes")).isEqualTo("须为是或否");
    assertThat(problem("list 2..3", "[{\"name\":\"李四\"},{\"name\":\"王五\"}]")).isNull();
    assertThat(problem("list 2..3", List.of(Map.of("name", "李四"), Map.of("name", "王五")))).isNull();
    assertThat(problem("list 2..3", "[{\"name\":\"李四\"}]")).contains("项数");
    assertThat(problem("list 2..3", "[{\"name\":{\"nested\":1}},{\"name\":\"x\"}]")).contains("不超过200字");
    assertThat(problem("list 2..3", "[1,2]")).contains("对象");
    assertThat(problem("list 2..3", "not json")).contains("JSON");
    assertThat(problem("code 9", "220102001")).isNull();
    assertThat(problem("code 9", "22010200")).contains("9位");
    assertThat(problem("phone", "13800000000")).isNull();
    assertThat(problem("phone", "138")).contains("手机号");
    assertThat(problem("idnumber", "220102197512034564")).isNull();
    assertThat(problem("idnumber", "220102197512034565")).contains("校验位");
  }

  @Test
  void aDeclarationThatCannotBeReadFailsTheDeployment() {
    assertThatThrownBy(() -> Field.parse("x | text")).hasMessageContaining("最大长度");
    assertThatThrownBy(() -> Field.parse("x | yuan")).hasMessageContaining("最小..最大");
    assertThatThrownBy(() -> Field.parse("x | money 0..1")).hasMessageContaining("未知的字段类型");
    assertThatThrownBy(() -> Field.parse("x y | text 5")).hasMessageContaining("字段名称");
    assertThatThrownBy(() -> Declaration.of("核对", List.of(Field.parse("x | text 5"), Field.parse("x | boolean"))))
        .hasMessageContaining("重复声明");
  }

  @Test
  void aStepAdmitsItsFieldsRefusesOthersAndIgnoresValuesSentBackUnchanged() {
    Declaration step = Declaration.of("村（社区）调查核实",
        List.of(Field.parse("villageVerified | boolean"), Field.parse("villageOpinion | memo 2000")));
    Map<String, Object> held = Map.of("applicantName", "张三", "monthsWithoutIncome", 4L,
        "witnesses", "[{\"phone\":\"13900000001\",\"name\":\"李四\"}]");
    Map<String, Object> sent = new HashMap<>();
    sent.put("villageVerified", true);
    sent.put("villageOpinion", "属实");
    sent.put("applicantName", "张三");
    sent.put("monthsWithoutIncome", 4);
    sent.put("witnesses", List.of(Map.of("name", "李四", "phone", "13900000001")));
    sent.put("nothingHeld", "");
    List<Problem> problems = new ArrayList<>();

    assertThat(step.admit(sent, held::get, problems)).containsOnlyKeys("villageVerified", "villageOpinion");
    assertThat(problems).isEmpty();

    sent.put("applicantName", "李四");
    sent.put("townshipCode", "220102002");
    sent.put("villageVerified", "maybe");
    step.admit(sent, held::get, problems);
    assertThat(problems).extracting(Problem::field)
        .containsExactlyInAnyOrder("applicantName", "townshipCode", "villageVerified");
  }

  @Test
  void serializedObjectsAndBytesAreNeverTaken() {
    Declaration step = Declaration.of("核对", List.of(Field.parse("note | text 5")));
    List<Problem> problems = new ArrayList<>();
    step.admit(Map.of("note", new byte[] {1}), name -> null, problems);
    step.admit(Map.of("note", new StringBuilder("x")), name -> null, problems);
    assertThat(problems).extracting(Problem::rule).containsOnly(Declaration.UNSUPPORTED);
  }
}
