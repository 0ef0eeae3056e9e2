package org.jiuzhu.emergency;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ReserveFundRaceOnH2Test extends ReserveFundRace {
}
