package org.jiuzhu.calendar;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code jiuzhu.calendar}. Days are counted in China time ({@link ChinaClock#ZONE}).
 *
 * @param holidayFile     the holiday CSV, relative to the working directory unless absolute; read at
 *                        run time so an admin can add next year without a rebuild
 * @param closeOfBusiness the time of day a deadline falls due; quote it in YAML ({@code "17:30"}),
 *                        which otherwise reads 17:30 as the number 1050 and fails startup
 */
@ConfigurationProperties("jiuzhu.calendar")
public record CalendarProperties(
    @DefaultValue("calendar/cn-public-holidays.csv") Path holidayFile,
    @DefaultValue("17:30") LocalTime closeOfBusiness) {
}
