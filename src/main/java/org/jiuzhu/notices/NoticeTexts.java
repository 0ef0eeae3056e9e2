package org.jiuzhu.notices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jiuzhu.notices.PrintedNotice.Block;
import org.jiuzhu.notices.PrintedNotice.Paragraph;
import org.jiuzhu.notices.PrintedNotice.Table;

/** The wording of the printed notices: what each says, in whose name. One place, for the PDF and the page. */
public final class NoticeTexts {

  private NoticeTexts() {
  }

  /**
   * 不予救助告知书: the reason, and the applicant's remedies with their time limits (行政复议法 第二十条: sixty days;
   * 行政诉讼法 第四十六条: six months), in the name of the unit that refused.
   */
  public static PrintedNotice refusal(String caseNumber, String applicantName, String reason, IssuingUnit unit,
      LocalDate date) {
    return new PrintedNotice("不予救助告知书", caseNumber, applicantName, List.of(
        new Paragraph("您提出的社会救助申请（案件编号：" + caseNumber + "），经调查核实和审核，本机关决定不予救助。理由如下："),
        new Paragraph(reason),
        new Paragraph(remedies(unit))), unit.name(), date);
  }

  /** The sentence on 行政复议 and 行政诉讼, shared by the PDF and the printable page. */
  public static String remedies(IssuingUnit unit) {
    return "如对本决定不服，可以自收到本告知书之日起六十日内向" + unit.reviewBody()
        + "申请行政复议，也可以自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。";
  }

  /** 一次性告知书: everything missing, at once, and by when to bring it (补正). */
  public static PrintedNotice missingMaterials(String caseNumber, String applicantName, List<String> missing,
      LocalDate deadline, IssuingUnit unit, LocalDate date) {
    if (missing.isEmpty()) {
      throw new IllegalArgumentException("一次性告知书须列明所缺材料");
    }
    List<Block> body = new ArrayList<>();
    body.add(new Paragraph("您提出的社会救助申请（案件编号：" + caseNumber + "），经审查，申请材料尚不齐全。现将需要补充的全部材料一次性告知如下："));
    for (int i = 0; i < missing.size(); i++) {
      body.add(new Paragraph((i + 1) + ". " + missing.get(i)));
    }
    body.add(new Paragraph("请于" + PrintedNotice.DATE.format(deadline) + "前将上述材料一并提交至" + unit.name()
        + "。材料补齐后，本机关将继续办理您的申请。"));
    return new PrintedNotice("一次性告知书", caseNumber, applicantName, body, unit.name(), date);
  }

  /** 救助决定通知书: the grant, its amount, and where it is paid. */
  public static PrintedNotice approval(String caseNumber, String applicantName, String procedureName,
      BigDecimal amount, String paidTo, IssuingUnit unit, LocalDate date) {
    return grant(caseNumber, applicantName, "您提出的" + procedureName + "申请（案件编号：" + caseNumber
        + "），经调查核实和审核，本机关决定给予救助，救助金额为人民币" + yuan(amount) + "元。", paidTo, unit, date);
  }

  /**
   * 救助决定通知书 of P2's direct grant: a confirmed patient already on the 低保, 特困 or 建档立卡 (脱贫、监测) register is
   * granted without a decision whether (001 §5), in the name of the township where the emergency happened.
   */
  public static PrintedNotice directGrant(String caseNumber, String applicantName, BigDecimal amount, String paidTo,
      IssuingUnit unit, LocalDate date) {
    return grant(caseNumber, applicantName, "您提出的急难型临时救助申请（案件编号：" + caseNumber
        + "），经核实，您为新冠肺炎确诊患者，且已登记在低保、特困人员或建档立卡贫困人口（脱贫人口、监测对象）名册。"
        + "按照对确诊的低保对象、特困人员和建档立卡贫困人口直接予以临时救助的规定，本机关直接给予临时救助，救助金额为人民币"
        + yuan(amount) + "元。", paidTo, unit, date);
  }

  /**
   * 救助决定通知书 of an enrolment: 纳入最低生活保障 (the household, or the applicant alone as a single-person household)
   * or 特困人员救助供养, from which month and how much a month, in the name of the unit that approved it.
   *
   * @param covered the persons the benefit is for, null when not known (not printed for 特困, always the applicant)
   */
  public static PrintedNotice enrolment(String caseNumber, String applicantName, boolean tekun, BigDecimal monthlyBenefit,
      YearMonth from, Long covered, String paidTo, IssuingUnit unit, LocalDate date) {
    String month = from.getYear() + "年" + from.getMonthValue() + "月";
    String decided = tekun
        ? "您提出的特困人员救助供养申请（案件编号：" + caseNumber + "），经调查核实、审核确认和公示，本机关决定将您纳入特困人员救助供养，自"
            + month + "起按月发放基本生活费，每月人民币" + yuan(monthlyBenefit) + "元。"
        : "您提出的最低生活保障申请（案件编号：" + caseNumber + "），经调查核实、审核确认和公示，本机关决定纳入最低生活保障"
            + (covered == null ? "" : "，保障人数" + covered + "人") + "，自" + month + "起按月发放最低生活保障金，每月人民币"
            + yuan(monthlyBenefit) + "元。";
    return grant(caseNumber, applicantName, decided, paidTo, unit, date);
  }

  private static PrintedNotice grant(String caseNumber, String applicantName, String decided, String paidTo,
      IssuingUnit unit, LocalDate date) {
    List<Block> body = new ArrayList<>();
    body.add(new Paragraph(decided));
    if (paidTo != null) {
      body.add(new Paragraph("救助金将发放至您本人的账户（" + paidTo + "）。"));
    }
    body.add(new Paragraph("如家庭情况发生变化，请及时告知所在村（居）民委员会或乡镇人民政府（街道办事处）。"));
    return new PrintedNotice("救助决定通知书", caseNumber, applicantName, body, unit.name(), date);
  }

  private static String yuan(BigDecimal amount) {
    return amount.setScale(2).toPlainString();
  }

  /** One line of a township's 公示: who is proposed for what, and the notice period. */
  public record Listed(String caseNumber, String applicantName, String kind, String amount, LocalDate from,
      LocalDate to) {
  }

  /** 公示名单: the cases of a township now in their notice period, and where to object. */
  public static PrintedNotice publicNotice(String townshipName, IssuingUnit unit, List<Listed> listed, LocalDate date) {
    List<List<String>> rows = listed.stream().map(l -> List.of(l.caseNumber(), l.applicantName(), l.kind(),
        l.amount(), PrintedNotice.DATE.format(l.from()) + "至" + PrintedNotice.DATE.format(l.to()))).toList();
    return new PrintedNotice(townshipName + "社会救助公示", null, null, List.of(
        new Paragraph("根据社会救助有关规定，现将下列拟救助对象予以公示，接受群众监督。如有异议，请在公示期内向" + unit.name() + "反映。"),
        new Table(List.of("案件编号", "申请人", "救助类别", "救助金额（元）", "公示期"), rows,
            List.of(2.0f, 1.0f, 1.7f, 1.3f, 3.0f)),
        new Paragraph("共" + listed.size() + "户。")), unit.name(), date);
  }
}
