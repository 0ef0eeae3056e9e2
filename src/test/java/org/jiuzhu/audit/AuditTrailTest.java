package org.jiuzhu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTrailTest {

  @Test
  void textThatFitsIsKeptAsItIs() {
    assertThat(AuditTrail.clip("完成：核对", 100)).isEqualTo("完成：核对");
    assertThat(AuditTrail.clip(null, 100)).isNull();
  }

  @Test
  void longerTextIsCutToTheColumnWithAnEllipsisNeverHalfACharacter() {
    assertThat(AuditTrail.clip("a".repeat(4001), 4000)).hasSize(4000).endsWith("a…");
    // 𠀀 (U+20000) is two Java chars; cutting between them would leave half a character.
    assertThat(AuditTrail.clip("abc𠀀def", 5)).isEqualTo("abc…");
  }
}
