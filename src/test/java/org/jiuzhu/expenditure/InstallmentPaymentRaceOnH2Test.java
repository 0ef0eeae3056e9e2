package org.jiuzhu.expenditure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InstallmentPaymentRaceOnH2Test extends InstallmentPaymentRace {
}
