package org.jiuzhu.registry;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class EnrolmentRaceOnH2Test extends EnrolmentRace {
}
