package org.jiuzhu.unemployed;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class OncePerProvinceRaceOnH2Test extends OncePerProvinceRace {
}
