package org.jiuzhu.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiuzhu.notices.NoticeTexts.Listed;
import org.jiuzhu.org.OrgLevel;
import org.jiuzhu.org.OrgUnit;
import org.junit.jupiter.api.Test;

/** The four printed notices as PDF, read back as text: the Chinese sentences, case number, unit and date. */
class PrintedNoticesTest {

  private static final OrgUnit COUNTY = new OrgUnit("220102", "南关区", OrgLevel.COUNTY, "2201");
  private static final OrgUnit STREET = new OrgUnit("220102001", "幸福街道", OrgLevel.TOWNSHIP, "220102");
  private static final OrgUnit TOWN = new OrgUnit("220102002", "永安镇", OrgLevel.TOWNSHIP, "220102");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  @Test
  void aRefusalByTheCountyIsInTheBureausNameWithTheRemediesAndTheirTimeLimits() throws Exception {
    String text = PdfText.of(NoticePdf.render(NoticeTexts.refusal("ZCJZ-2026-000042", "张三",
        "家庭人均收入高于当地低保标准，不符合支出型临时救助条件。", IssuingUnit.of(COUNTY, COUNTY), DAY)));

    assertThat(text).contains("不予救助告知书", "案件编号：ZCJZ-2026-000042", "张三：",
        "家庭人均收入高于当地低保标准，不符合支出型临时救助条件。", "本机关决定不予救助",
        "可以自收到本告知书之日起六十日内向南关区人民政府申请行政复议",
        "也可以自收到本告知书之日起六个月内依法向人民法院提起行政诉讼", "南关区民政局", "2026年11月30日");
  }

  @Test
  void aRefusalByTheTownshipIsInItsOwnName() throws Exception {
    assertThat(PdfText.of(NoticePdf.render(NoticeTexts.refusal("LSJZ-2026-000001", "李四", "不符合条件",
        IssuingUnit.of(STREET, COUNTY), DAY)))).contains("幸福街道办事处").doesNotContain("南关区民政局");
    assertThat(IssuingUnit.of(TOWN, COUNTY).name()).isEqualTo("永安镇人民政府");
    assertThat(IssuingUnit.of(new OrgUnit("220103", "朝阳区民政局", OrgLevel.COUNTY, "2201"), COUNTY).name())
        .isEqualTo("朝阳区民政局");
  }

  @Test
  void theOneTimeNoticeListsEverythingMissingAndTheDeadline() throws Exception {
    String text = PdfText.of(NoticePdf.render(NoticeTexts.missingMaterials("DBSQ-2026-000007", "王五",
        List.of("户口簿", "居民身份证或居住证", "家庭经济状况核对授权书（承诺书）"), LocalDate.of(2026, 12, 14),
        IssuingUnit.of(TOWN, COUNTY), DAY)));

    assertThat(text).contains("一次性告知书", "案件编号：DBSQ-2026-000007", "王五：", "现将需要补充的全部材料一次性告知如下",
        "1. 户口簿", "2. 居民身份证或居住证", "3. 家庭经济状况核对授权书（承诺书）", "请于2026年12月14日前将上述材料一并提交至永安镇人民政府",
        "永安镇人民政府", "2026年11月30日");
    assertThatThrownBy(() -> NoticeTexts.missingMaterials("DBSQ-2026-000007", "王五", List.of(),
        DAY, IssuingUnit.of(TOWN, COUNTY), DAY)).hasMessageContaining("所缺材料");
  }

  @Test
  void theApprovalNoticeStatesTheAmountAndTheAccount() throws Exception {
    String text = PdfText.of(NoticePdf.render(NoticeTexts.approval("LSJZ-2026-000009", "赵六", "未参保失业人员临时救助",
        new BigDecimal("800.00"), "6222********3344", IssuingUnit.of(STREET, COUNTY), DAY)));

    assertThat(text).contains("救助决定通知书", "案件编号：LSJZ-2026-000009", "赵六：",
        "您提出的未参保失业人员临时救助申请", "本机关决定给予救助，救助金额为人民币800.00元。", "6222********3344",
        "幸福街道办事处", "2026年11月30日");
  }

  @Test
  void aDibaoEnrolmentStatesTheMonthlyBenefitFromWhichMonthAndForHowMany() throws Exception {
    String text = PdfText.of(NoticePdf.render(NoticeTexts.enrolment("DBSQ-2026-000011", "孙七", false,
        new BigDecimal("412.5"), YearMonth.of(2026, 12), 3L, "6222********5566", IssuingUnit.of(TOWN, COUNTY), DAY)));

    assertThat(text).contains("救助决定通知书", "案件编号：DBSQ-2026-000011", "孙七：", "您提出的最低生活保障申请",
        "本机关决定纳入最低生活保障，保障人数3人，自2026年12月起按月发放最低生活保障金，每月人民币412.50元。",
        "6222********5566", "永安镇人民政府", "2026年11月30日");
    assertThat(PdfText.of(NoticePdf.render(NoticeTexts.enrolment("DBSQ-2026-000012", "孙七", false,
        new BigDecimal("412.50"), YearMonth.of(2026, 12), null, null, IssuingUnit.of(TOWN, COUNTY), DAY))))
        .contains("本机关决定纳入最低生活保障，自2026年12月起").doesNotContain("保障人数", "账户");
  }

  @Test
  void aTekunEnrolmentApprovedByTheCountyIsInTheBureausName() throws Exception {
    String text = PdfText.of(NoticePdf.render(NoticeTexts.enrolment("DBSQ-2026-000013", "周八", true,
        new BigDecimal("1100.00"), YearMonth.of(2027, 1), 1L, null, IssuingUnit.of(COUNTY, COUNTY), DAY)));

    assertThat(text).contains("您提出的特困人员救助供养申请（案件编号：DBSQ-2026-000013）",
        "本机关决定将您纳入特困人员救助供养，自2027年1月起按月发放基本生活费，每月人民币1100.00元。", "南关区民政局",
        "2026年11月30日").doesNotContain("最低生活保障", "保障人数");
  }

  @Test
  void aDirectGrantSaysItWasGrantedDirectlyAndTheAmountInTheTownshipsName() throws Exception {
    String text = PdfText.of(NoticePdf.render(NoticeTexts.directGrant("JNJZ-2026-000014", "吴九", new BigDecimal("600"),
        "6222********7788", IssuingUnit.of(STREET, COUNTY), DAY)));

    assertThat(text).contains("救助决定通知书", "案件编号：JNJZ-2026-000014", "吴九：", "您为新冠肺炎确诊患者",
        "直接予以临时救助", "本机关直接给予临时救助，救助金额为人民币600.00元。", "6222********7788", "幸福街道办事处",
        "2026年11月30日");
  }

  @Test
  void aTownshipsPublicNoticeListsItsCasesOverPagesWhenLong() throws Exception {
    List<Listed> listed = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      listed.add(new Listed("ZCJZ-2026-%06d".formatted(i), "申请人" + i, "支出型临时救助", "3000.00", DAY, DAY.plusDays(7)));
    }
    byte[] pdf = NoticePdf.render(NoticeTexts.publicNotice("永安镇", IssuingUnit.of(TOWN, COUNTY), listed, DAY));
    String text = PdfText.of(pdf);

    assertThat(text).contains("永安镇社会救助公示", "现将下列拟救助对象予以公示", "如有异议，请在公示期内向永安镇人民政府反映",
        "案件编号", "ZCJZ-2026-000001", "ZCJZ-2026-000060", "申请人60", "2026年11月30日至2026年12月7日", "共60户。",
        "永安镇人民政府");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void aCharacterTheTypefaceLacksPrintsAsABoxAndTheRestStays() throws Exception {
    // U+1F600 is no CJK character; the notice must still print rather than fail.
    String text = PdfText.of(NoticePdf.render(NoticeTexts.refusal("LSJZ-2026-000002", "陈\uD83D\uDE00明", "理由",
        IssuingUnit.of(STREET, COUNTY), DAY)));
    assertThat(text).contains("陈□明：");
  }

  @Test
  void aGrantIsDecidedOnlyByTheLevelThatHasTheAuthority() {
    assertThat(Grant.decided(Map.of("countyApproved", true))).contains(Grant.DecidedBy.COUNTY);
    assertThat(Grant.decided(Map.of("townshipApproved", true, "approvalLevel", "TOWNSHIP")))
        .contains(Grant.DecidedBy.TOWNSHIP);
    // P3 during its 公示, or waiting for the county: not decided yet.
    assertThat(Grant.decided(Map.of("townshipApproved", true))).isEmpty();
    assertThat(Grant.decided(Map.of("townshipApproved", true, "approvalLevel", "COUNTY"))).isEmpty();
    // P1: the township decides once the province's register confirms the first assistance.
    assertThat(Grant.decided(Map.of("townshipApproved", true, "firstInProvince", true)))
        .contains(Grant.DecidedBy.TOWNSHIP);
    assertThat(Grant.decided(Map.of("townshipApproved", true, "firstInProvince", false))).isEmpty();
    assertThat(Grant.decided(Map.of("townshipApproved", false, "approvalLevel", "TOWNSHIP"))).isEmpty();
  }
}
